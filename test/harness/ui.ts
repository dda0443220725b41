// The fake Ui: records the menus added to the Ui, alerts, prompts, toasts and the dialogs/sidebars shown
// (with their HtmlOutput), and answers alerts and prompts from a queue the test fills.
import type { Env } from "./env";
import type { FakeHtmlOutput } from "./html";
import { type Implements, strict } from "./strict";

type U = GoogleAppsScript.Base.Ui;
type M = GoogleAppsScript.Base.Menu;

export const Button = { CLOSE: "CLOSE", OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" } as const;
export type ButtonName = keyof typeof Button;
export const ButtonSet = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;
export type ButtonSetName = keyof typeof ButtonSet;

export type MenuItem =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "submenu"; menu: RecordedMenu };

export interface RecordedMenu {
  title: string;
  items: MenuItem[];
  /** True for a menu made by createAddonMenu (shown under Extensions). */
  addon: boolean;
}

/** An alert or a prompt the bundle showed, and the answer it got. */
export interface UiRequest {
  kind: "alert" | "prompt";
  title: string;
  message: string;
  buttons: ButtonSetName;
}

export interface UiAnswer {
  button: ButtonName;
  /** The text typed into a prompt. */
  text?: string;
}

export interface Dialog {
  kind: "sidebar" | "modal" | "modeless";
  title: string;
  html: FakeHtmlOutput;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds?: number;
}

class FakeMenu implements Implements<M, "addItem" | "addSeparator" | "addSubMenu" | "addToUi"> {
  constructor(
    readonly ui: FakeUi,
    readonly menu: RecordedMenu,
  ) {}
  addItem(caption: string, functionName: string): FakeMenu {
    this.menu.items.push({ kind: "item", caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): FakeMenu {
    this.menu.items.push({ kind: "separator" });
    return this;
  }
  addSubMenu(menu: M): FakeMenu {
    this.menu.items.push({ kind: "submenu", menu: (menu as unknown as FakeMenu).menu });
    return this;
  }
  addToUi(): void {
    this.ui.env.call("Menu.addToUi");
    // Adding a menu with the same title again replaces it, as reopening the file does.
    this.ui.menus = this.ui.menus.filter((m) => m.title !== this.menu.title);
    this.ui.menus.push(this.menu);
  }
}

export class FakeUi
  implements
    Implements<
      U,
      | "createMenu"
      | "createAddonMenu"
      | "alert"
      | "prompt"
      | "showSidebar"
      | "showModalDialog"
      | "showModelessDialog"
    >
{
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  /** The menus added to the Ui (addToUi), in order. */
  menus: RecordedMenu[] = [];
  /** Every alert and prompt shown, with the answer given. */
  requests: (UiRequest & { answer: UiAnswer })[] = [];
  dialogs: Dialog[] = [];
  toasts: Toast[] = [];
  /** Answers for the next prompts and alerts with a choice (OK-only alerts need none), first-in first-out. */
  answers: UiAnswer[] = [];
  /** Answers a question when the queue is empty (the preview sets one); otherwise the question throws. */
  responder: ((request: UiRequest) => UiAnswer) | null = null;

  constructor(readonly env: Env) {}

  /** Queues answers: `ui.queue("YES")`, `ui.queue({ button: "OK", text: "https://..." })`. */
  queue(...answers: (ButtonName | UiAnswer)[]): void {
    for (const a of answers) this.answers.push(typeof a === "string" ? { button: a } : a);
  }
  /** The alerts shown so far (their messages). */
  get alerts(): string[] {
    return this.requests.filter((r) => r.kind === "alert").map((r) => r.message);
  }
  /** The last sidebar shown, or undefined. */
  get sidebar(): Dialog | undefined {
    return [...this.dialogs].reverse().find((d) => d.kind === "sidebar");
  }
  /** Every menu item, submenus included, flattened. */
  menuItems(): { caption: string; functionName: string; menu: string }[] {
    const out: { caption: string; functionName: string; menu: string }[] = [];
    const walk = (m: RecordedMenu) => {
      for (const i of m.items) {
        if (i.kind === "item") out.push({ caption: i.caption, functionName: i.functionName, menu: m.title });
        else if (i.kind === "submenu") walk(i.menu);
      }
    };
    for (const m of this.menus) walk(m);
    return out;
  }

  private answer(request: UiRequest): UiAnswer {
    // An alert with only an OK button has one possible answer: it takes nothing from the queue.
    const answer =
      request.kind === "alert" && request.buttons === "OK"
        ? { button: "OK" as const }
        : (this.answers.shift() ?? this.responder?.(request));
    if (!answer) {
      throw new Error(
        `FakeUi.${request.kind}: no answer queued for "${request.title ? `${request.title}: ` : ""}${request.message}" (${request.buttons}); use h.ui.queue(...)`,
      );
    }
    this.requests.push({ ...request, answer });
    return answer;
  }

  createMenu(caption: string): M {
    return strict(
      new FakeMenu(this, { title: String(caption), items: [], addon: false }),
      "FakeMenu",
    ) as unknown as M;
  }
  createAddonMenu(): M {
    return strict(
      new FakeMenu(this, { title: "Seriktes", items: [], addon: true }),
      "FakeMenu",
    ) as unknown as M;
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: unknown, c?: unknown): ButtonName {
    this.env.call("Ui.alert");
    const request: UiRequest =
      c !== undefined
        ? { kind: "alert", title: String(a), message: String(b), buttons: String(c) as ButtonSetName }
        : typeof b === "string" && b in ButtonSet
          ? { kind: "alert", title: "", message: String(a), buttons: b as ButtonSetName }
          : { kind: "alert", title: "", message: String(a), buttons: "OK" };
    return this.answer(request).button;
  }
  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    this.env.call("Ui.prompt");
    const request: UiRequest =
      c !== undefined
        ? { kind: "prompt", title: String(a), message: String(b), buttons: String(c) as ButtonSetName }
        : typeof b === "string" && b in ButtonSet
          ? { kind: "prompt", title: "", message: String(a), buttons: b as ButtonSetName }
          : { kind: "prompt", title: "", message: String(a), buttons: "OK" };
    const answer = this.answer(request);
    const response = {
      getResponseText: () => answer.text ?? "",
      getSelectedButton: () => answer.button,
    };
    return strict(response, "FakePromptResponse") as unknown as GoogleAppsScript.Base.PromptResponse;
  }
  private show(kind: Dialog["kind"], html: unknown, title?: string): void {
    const output = html as FakeHtmlOutput;
    this.dialogs.push({ kind, title: title ?? output.getTitle(), html: output });
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.env.call("Ui.showSidebar");
    this.show("sidebar", userInterface);
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.env.call("Ui.showModalDialog");
    this.show("modal", userInterface, title);
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.env.call("Ui.showModelessDialog");
    this.show("modeless", userInterface, title);
  }
}

export function makeUi(env: Env): FakeUi {
  return strict(new FakeUi(env), "FakeUi");
}
