// Makes gaps in the fakes fail loudly: calling any method a fake doesn't implement throws
// "FakeRange.merge is not implemented" instead of quietly returning undefined.

// Names that test tools and promise machinery probe on any object; they must stay undefined.
const PROBED = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "inspect",
  "entries",
  "size",
  "length",
]);

/** Wraps a fake so an unknown method name yields a function that throws when called. */
export function strict<T extends object>(fake: T, name: string): T {
  return new Proxy(fake, {
    get(target, prop, receiver) {
      if (
        typeof prop === "symbol" ||
        prop in target ||
        PROBED.has(prop) ||
        !/^[a-z][A-Za-z0-9]*$/.test(prop)
      ) {
        return Reflect.get(target, prop, receiver);
      }
      return () => {
        throw new Error(`${name}.${prop} is not implemented`);
      };
    },
  });
}

/**
 * The shape of an Apps Script interface's methods `K`, with return types relaxed: a fake class
 * `implements Implements<GoogleAppsScript.Spreadsheet.Range, "getValues" | ...>` so its method names and
 * parameters are checked against @types/google-apps-script, while it returns fakes.
 */
export type Implements<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[P];
};
