// PropertiesService: document, user and script stores of strings, with Apps Script's 9 KB value limit.
import type { Env } from "./env";
import { type Implements, strict } from "./strict";

type P = GoogleAppsScript.Properties.Properties;

const MAX_VALUE_BYTES = 9 * 1024;

export class FakeProperties
  implements
    Implements<
      P,
      | "getProperty"
      | "setProperty"
      | "getProperties"
      | "setProperties"
      | "deleteProperty"
      | "deleteAllProperties"
      | "getKeys"
    >
{
  readonly store = new Map<string, string>();

  constructor(
    readonly env: Env,
    readonly scope: string,
    initial: Record<string, string> = {},
  ) {
    for (const [k, v] of Object.entries(initial)) this.store.set(k, v);
  }
  private call(method: string): void {
    this.env.call(`Properties.${method}`);
  }
  private put(key: string, value: unknown): void {
    const v = String(value);
    if (Buffer.byteLength(v) > MAX_VALUE_BYTES) throw this.env.error("Argument too large: value");
    this.store.set(String(key), v);
  }
  getProperty(key: string): string | null {
    this.call("getProperty");
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): FakeProperties {
    this.call("setProperty");
    this.put(key, value);
    return this;
  }
  getProperties(): Record<string, string> {
    this.call("getProperties");
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): FakeProperties {
    this.call("setProperties");
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.put(k, v);
    return this;
  }
  deleteProperty(key: string): FakeProperties {
    this.call("deleteProperty");
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): FakeProperties {
    this.call("deleteAllProperties");
    this.store.clear();
    return this;
  }
  getKeys(): string[] {
    this.call("getKeys");
    return [...this.store.keys()];
  }
}

export interface PropertyStores {
  document: FakeProperties;
  user: FakeProperties;
  script: FakeProperties;
}

export function makeProperties(
  env: Env,
  initial: Partial<Record<keyof PropertyStores, Record<string, string>>> = {},
) {
  const stores: PropertyStores = {
    document: strict(new FakeProperties(env, "document", initial.document), "FakeProperties"),
    user: strict(new FakeProperties(env, "user", initial.user), "FakeProperties"),
    script: strict(new FakeProperties(env, "script", initial.script), "FakeProperties"),
  };
  const service = {
    getDocumentProperties: () => {
      env.permit("PropertiesService.getDocumentProperties");
      return stores.document;
    },
    getUserProperties: () => {
      env.permit("PropertiesService.getUserProperties");
      return stores.user;
    },
    getScriptProperties: () => {
      env.permit("PropertiesService.getScriptProperties");
      return stores.script;
    },
  };
  return { stores, service: strict(service, "FakePropertiesService") };
}
