// The sidebar: two tabs (Tag, Summarize), a language switch, and one message line. It follows the sheet's
// selection with a light poll and shows edits at once, dropping them again (with the server's message) if
// the write fails.
import { useEffect, useRef, useState } from "preact/hooks";
import { LANGUAGES, type Lang } from "../core/schema";
import type { RowEdit, RowTarget, SelectionView } from "../sheets/sidebar-types";
import { FIELD_LABELS, LANGUAGE_NAMES, langOfLocale, translator } from "./i18n";
import { type PendingEdit, withPending } from "./optimistic";
import { usePoll } from "./poll";
import { call } from "./server";
import { SummarizeTab } from "./summarize-tab";
import { TagTab } from "./tag-tab";

/** The selection poll's period: at most one call every two seconds. */
export const POLL_MS = 2000;

type Tab = "tag" | "summarize";
const TABS: readonly Tab[] = ["tag", "summarize"];

interface Message {
  kind: "error" | "info";
  text: string;
}

const sameView = (a: SelectionView | null, b: SelectionView) =>
  a !== null && JSON.stringify(a) === JSON.stringify(b);

export function App() {
  const [lang, setLang] = useState<Lang>(langOfLocale(navigator.language));
  const [tab, setTab] = useState<Tab>("tag");
  const [usedTags, setUsedTags] = useState<string[]>([]);
  const [selection, setSelection] = useState<SelectionView | null>(null);
  const [pending, setPending] = useState<PendingEdit[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const t = translator(lang);

  // A poll answer is dropped if an edit started or ended while it was on its way (it may predate the write).
  const generation = useRef(0);
  const pendingCount = useRef(0);
  pendingCount.current = pending.length;
  const langRef = useRef(lang);
  langRef.current = lang;
  const queue = useRef<Promise<void>>(Promise.resolve());
  const nextEdit = useRef(0);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ tag: null, summarize: null });

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    call("sidebarStart")
      .then((start) => {
        setLang(start.lang);
        setUsedTags(start.tags);
      })
      .catch((error: Error) =>
        setMessage({
          kind: "error",
          text: translator(langRef.current)("loadFailed", { message: error.message }),
        }),
      );
  }, []);

  usePoll(async () => {
    const started = generation.current;
    try {
      const view = await call("sidebarSelection", langRef.current);
      if (started !== generation.current || pendingCount.current > 0) return;
      setSelection((previous) => (sameView(previous, view) ? previous : view));
    } catch (error) {
      setMessage({
        kind: "error",
        text: translator(langRef.current)("loadFailed", { message: (error as Error).message }),
      });
    }
  }, POLL_MS);

  const chooseLang = (next: Lang) => {
    setLang(next);
    // A message of the other language ("Saved.") goes; the rows are asked again in the new language.
    setMessage(null);
    const started = generation.current;
    call("sidebarSelection", next)
      .then((view) => {
        if (started === generation.current && pendingCount.current === 0) setSelection(view);
      })
      .catch(() => {
        // The next poll asks again.
      });
    call("sidebarSetLanguage", next).catch(() => {
      // Remembering the choice is a convenience; the sidebar works without it.
    });
  };

  const edit = (rows: readonly RowTarget[], change: RowEdit) => {
    const id = ++nextEdit.current;
    const entry: PendingEdit = { id, rows: new Set(rows.map((r) => r.row)), edit: change };
    generation.current++;
    setPending((list) => [...list, entry]);
    setMessage({ kind: "info", text: t("saving") });
    // One write at a time, in the order the user made them.
    queue.current = queue.current.then(async () => {
      try {
        const updated = await call("sidebarEdit", {
          targets: rows.map((r) => ({ row: r.row, key: r.key })),
          edit: change,
          lang: langRef.current,
        });
        // The rows as written (polls wait while an edit is pending, so the view is still this selection).
        setSelection((view) => view && { ...view, ...updated });
        if (change.kind === "addTag") {
          setUsedTags((list) =>
            list.some((x) => x.toLowerCase() === change.tag.toLowerCase()) ? list : [...list, change.tag],
          );
        }
        setMessage({ kind: "info", text: translator(langRef.current)("saved") });
      } catch (error) {
        setMessage({
          kind: "error",
          text: translator(langRef.current)("failed", { message: (error as Error).message }),
        });
      } finally {
        generation.current++;
        setPending((list) => list.filter((p) => p.id !== id));
      }
    });
  };

  const shown = selection && { ...selection, ...withPending(selection, pending) };
  const suggestions = [...new Set([...usedTags, ...Object.keys(FIELD_LABELS.en)])];

  const onTabKey = (e: KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    const delta = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    const target =
      e.key === "Home"
        ? TABS[0]
        : e.key === "End"
          ? TABS[TABS.length - 1]
          : delta
            ? TABS[(index + delta + TABS.length) % TABS.length]
            : undefined;
    if (!target) return;
    e.preventDefault();
    setTab(target);
    tabRefs.current[target]?.focus();
  };

  return (
    <div class="app">
      <div class="topbar">
        <div role="tablist" aria-label="Seriktes" class="tabs" onKeyDown={onTabKey}>
          {TABS.map((name) => (
            <button
              key={name}
              ref={(el) => {
                tabRefs.current[name] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              class="tab"
              onClick={() => setTab(name)}
            >
              {name === "tag" ? t("tabTag") : t("tabSummarize")}
            </button>
          ))}
        </div>
        <label class="visually-hidden" for="language">
          {t("language")}
        </label>
        <select
          id="language"
          class="language"
          value={lang}
          onChange={(e) => chooseLang(e.currentTarget.value as Lang)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>

      {message && (
        <div class={`message message-${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
          <span class="message-text">{message.text}</span>
          <button
            type="button"
            class="message-close"
            aria-label={t("dismiss")}
            onClick={() => setMessage(null)}
          >
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
              <path d="M3 3l6 6M9 3l-6 6" />
            </svg>
          </button>
        </div>
      )}

      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="panel">
        {tab === "tag" ? (
          <TagTab view={shown} lang={lang} t={t} suggestions={suggestions} onEdit={edit} />
        ) : (
          <SummarizeTab
            lang={lang}
            t={t}
            selection={String(selection?.one?.row ?? selection?.many?.rows.join(",") ?? "")}
            selectedCount={selection?.selected ?? 0}
            onMessage={(kind, text) => setMessage({ kind, text })}
          />
        )}
      </div>
    </div>
  );
}
