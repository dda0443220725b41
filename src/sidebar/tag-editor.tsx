// Tags as chips with a remove button each, and an input that adds a tag, suggesting tags already used and
// the schema's fields (an ARIA combobox: arrows move through suggestions, Enter adds, Escape closes).
import { useId, useState } from "preact/hooks";
import type { Translate } from "./i18n";
import { tagProblem } from "./optimistic";

export interface ChipTag {
  tag: string;
  /** On how many of the rows (for a multi-row selection). */
  count: number;
}

interface Props {
  tags: readonly ChipTag[];
  /** How many rows are selected. */
  rows: number;
  suggestions: readonly string[];
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
  t: Translate;
}

const MAX_SUGGESTIONS = 8;

export function TagEditor({ tags, rows, suggestions, onAdd, onRemove, t }: Props) {
  const id = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [problem, setProblem] = useState<string | null>(null);

  const present = new Set(tags.filter((c) => c.count === rows).map((c) => c.tag.toLowerCase()));
  const query = text.trim().toLowerCase();
  const options = suggestions
    .filter((s) => !present.has(s.toLowerCase()) && s.toLowerCase().includes(query))
    .sort((a, b) => Number(!a.toLowerCase().startsWith(query)) - Number(!b.toLowerCase().startsWith(query)))
    .slice(0, MAX_SUGGESTIONS);
  const listOpen = open && options.length > 0;

  const add = (raw: string) => {
    const issue = tagProblem(raw);
    if (issue) {
      setProblem(issue === "empty" ? null : issue === "separator" ? t("tagSeparator") : t("tagTooLong"));
      return;
    }
    setProblem(null);
    onAdd(raw.replace(/\s+/g, " ").trim());
    setText("");
    setActive(-1);
    // The list closes with the tag added (it would cover the controls below); typing opens it again.
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" && options.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % options.length);
    } else if (e.key === "ArrowUp" && options.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const picked = listOpen && active >= 0 ? options[active] : undefined;
      add(picked ?? text);
    } else if (e.key === "Escape" && listOpen) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div class="tags">
      {tags.length > 0 && (
        <ul class="chips" aria-label={t("tags")}>
          {tags.map((c) => (
            <li class={c.count < rows ? "chip chip-partial" : "chip"} key={c.tag}>
              <span class="chip-text">{c.tag}</span>
              {c.count < rows && (
                <span class="chip-count" title={t("tagOnSome", { k: c.count, n: rows })}>
                  {c.count}/{rows}
                </span>
              )}
              <button
                type="button"
                class="chip-remove"
                aria-label={t("removeTag", { tag: c.tag })}
                onClick={() => onRemove(c.tag)}
              >
                <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
                  <path d="M3 3l6 6M9 3l-6 6" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="tag-add">
        <label class="visually-hidden" for={`${id}-input`}>
          {t("addTag")}
        </label>
        <div class="combo">
          <input
            id={`${id}-input`}
            type="text"
            role="combobox"
            autocomplete="off"
            aria-autocomplete="list"
            aria-expanded={listOpen}
            aria-controls={`${id}-list`}
            aria-activedescendant={listOpen && active >= 0 ? `${id}-opt-${active}` : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            aria-invalid={problem ? true : undefined}
            placeholder={t("addTag")}
            maxLength={60}
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setOpen(true);
              setActive(-1);
              setProblem(null);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          <div
            id={`${id}-list`}
            role="listbox"
            class="combo-list"
            hidden={!listOpen}
            aria-label={t("addTag")}
          >
            {options.map((option, i) => (
              <div
                id={`${id}-opt-${i}`}
                key={option}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                class={i === active ? "combo-option active" : "combo-option"}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  add(option);
                }}
              >
                {option}
              </div>
            ))}
          </div>
        </div>
        <button type="button" class="button" onClick={() => add(text)} disabled={text.trim() === ""}>
          {t("addTagButton")}
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} class="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
