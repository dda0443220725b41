// The Summarize tab: a scope (the selected rows or all), a filter, counts and a timeline as small charts, and
// the written brief in the sidebar's language, to copy or insert into the Summary sheet.
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { AGREEMENTS, type Lang, STATUSES } from "../core/schema";
import type { SummaryFilter, SummaryRequest, SummaryView } from "../sheets/sidebar-types";
import { BarChart, TimelineChart } from "./charts";
import { AGREEMENT_LABELS, periodLabel, STATUS_LABELS, type Translate, valueLabel } from "./i18n";
import { call } from "./server";

interface Props {
  lang: Lang;
  t: Translate;
  /** The selected rows' numbers, joined: the summary of a selection follows it. */
  selection: string;
  selectedCount: number;
  onMessage: (kind: "error" | "info", text: string) => void;
}

const PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;

function Choice({
  label,
  value,
  options,
  any,
  onPick,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  any: string;
  onPick: (value: string) => void;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onPick(e.currentTarget.value)}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function PeriodInput({
  label,
  value,
  hint,
  invalidText,
  onSet,
  onValidity,
}: {
  label: string;
  value: string;
  hint: string;
  /** The message for a period that is not one ("abc"). */
  invalidText: (typed: string) => string;
  onSet: (v: string) => void;
  onValidity: (ok: boolean) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const typed = text.trim();
  const bad = typed !== "" && !PERIOD.test(typed);
  useEffect(() => onValidity(!bad), [bad]);
  // What is shown is what counts: a valid period applies as it is typed, without waiting for a blur.
  const update = (next: string) => {
    setText(next);
    const v = next.trim();
    if (v === "" || PERIOD.test(v)) onSet(v);
  };
  return (
    <div class="field period">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder={hint}
        aria-invalid={bad ? true : undefined}
        aria-describedby={bad ? `${id}-problem` : undefined}
        value={text}
        onInput={(e) => update(e.currentTarget.value)}
      />
      {bad && (
        <p id={`${id}-problem`} class="field-problem" role="alert">
          {invalidText(typed)}
        </p>
      )}
    </div>
  );
}

export function SummarizeTab({ lang, t, selection, selectedCount, onMessage }: Props) {
  const scopeName = useId();
  const byName = useId();
  const briefId = useId();
  const [scope, setScope] = useState<SummaryRequest["scope"]>(selectedCount > 1 ? "selection" : "all");
  const [filter, setFilter] = useState<SummaryFilter>({});
  const [by, setBy] = useState<SummaryRequest["by"]>("month");
  const [view, setView] = useState<SummaryView | null>(null);
  const [busy, setBusy] = useState(false);
  const [badPeriods, setBadPeriods] = useState<{ from: boolean; to: boolean }>({ from: false, to: false });
  const latest = useRef(0);
  /** The answer for the request on screen, once it is asked: what Copy and Insert use. */
  const current = useRef<Promise<SummaryView> | null>(null);

  const request: SummaryRequest = { scope, filter, by, lang };
  const key = JSON.stringify(request) + (scope === "selection" ? selection : "");
  useEffect(() => {
    const ticket = ++latest.current;
    setBusy(true);
    const asked = call("sidebarSummary", request);
    current.current = asked;
    asked
      .then((result) => {
        if (ticket === latest.current) setView(result);
      })
      .catch((error: Error) => {
        if (ticket === latest.current) onMessage("error", t("loadFailed", { message: error.message }));
      })
      .finally(() => {
        if (ticket === latest.current) setBusy(false);
      });
    // `key` stands for the request and the selection it depends on.
  }, [key]);

  const set = (part: keyof SummaryFilter) => (value: string) =>
    setFilter((f) => ({ ...f, [part]: value || undefined }));

  /** The brief of the filter as shown (never an older one), or null with the reason said. */
  const briefShown = async (): Promise<string | null> => {
    if (badPeriods.from || badPeriods.to) {
      onMessage("error", t("fixPeriod"));
      return null;
    }
    try {
      return (await (current.current ?? Promise.reject(new Error(t("loading"))))).brief;
    } catch (error) {
      onMessage("error", t("failed", { message: (error as Error).message }));
      return null;
    }
  };

  const copy = async () => {
    const brief = await briefShown();
    if (brief === null) return;
    try {
      await navigator.clipboard.writeText(brief);
      onMessage("info", t("copied"));
    } catch {
      // The sidebar's sandboxed frame may refuse the clipboard API: copy the selected text instead.
      const area = document.getElementById(briefId) as HTMLTextAreaElement | null;
      area?.select();
      const ok = area ? document.execCommand("copy") : false;
      onMessage(ok ? "info" : "error", ok ? t("copied") : t("copyFailed"));
    }
  };

  const insert = async () => {
    const brief = await briefShown();
    if (brief === null) return;
    try {
      const where = await call("sidebarInsertBrief", brief);
      onMessage("info", t("inserted", { sheet: where.sheet, cell: where.cell }));
    } catch (error) {
      onMessage("error", t("failed", { message: (error as Error).message }));
    }
  };

  const options = view?.options;
  return (
    <div class="summarize" aria-busy={busy}>
      <fieldset class="segmented">
        <legend>{t("scope")}</legend>
        <label>
          <input
            type="radio"
            name={scopeName}
            checked={scope === "selection"}
            onChange={() => setScope("selection")}
          />
          {t("scopeSelection", { n: selectedCount })}
        </label>
        <label>
          <input type="radio" name={scopeName} checked={scope === "all"} onChange={() => setScope("all")} />
          {t("scopeAll")}
        </label>
      </fieldset>

      <details class="filter" open={Object.keys(filter).some((k) => filter[k as keyof SummaryFilter])}>
        <summary>{t("filter")}</summary>
        <Choice
          label={t("country")}
          value={filter.country ?? ""}
          any={t("any")}
          options={(options?.countries ?? []).map((c) => ({ value: c.key, label: c.label }))}
          onPick={set("country")}
        />
        <Choice
          label={t("institution")}
          value={filter.kz ?? ""}
          any={t("any")}
          options={(options?.institutions ?? []).map((i) => ({ value: i.key, label: i.label }))}
          onPick={set("kz")}
        />
        <Choice
          label={t("agreement")}
          value={filter.agreement ?? ""}
          any={t("any")}
          options={AGREEMENTS.map((a) => ({ value: a, label: AGREEMENT_LABELS[lang][a] }))}
          onPick={set("agreement")}
        />
        <Choice
          label={t("status")}
          value={filter.status ?? ""}
          any={t("any")}
          options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[lang][s] }))}
          onPick={set("status")}
        />
        <div class="period-pair">
          <PeriodInput
            label={t("from")}
            value={filter.from ?? ""}
            hint={t("periodHint")}
            invalidText={(typed) => t("periodInvalid", { typed })}
            onSet={set("from")}
            onValidity={(ok) => setBadPeriods((b) => ({ ...b, from: !ok }))}
          />
          <PeriodInput
            label={t("to")}
            value={filter.to ?? ""}
            hint={t("periodHint")}
            invalidText={(typed) => t("periodInvalid", { typed })}
            onSet={set("to")}
            onValidity={(ok) => setBadPeriods((b) => ({ ...b, to: !ok }))}
          />
        </div>
      </details>

      <fieldset class="segmented">
        <legend>{t("by")}</legend>
        <label>
          <input type="radio" name={byName} checked={by === "month"} onChange={() => setBy("month")} />
          {t("byMonth")}
        </label>
        <label>
          <input type="radio" name={byName} checked={by === "year"} onChange={() => setBy("year")} />
          {t("byYear")}
        </label>
      </fieldset>

      {!view ? (
        <p class="hint">{t("loading")}</p>
      ) : (
        <div class="results">
          <p class="total" aria-live="polite">
            {t("total", { n: view.total, all: view.inScope })}
          </p>
          <section class="brief">
            <label for={briefId} class="field-label">
              {t("brief")}
            </label>
            <textarea
              id={briefId}
              class="brief-text"
              readOnly
              // Tall enough for the whole brief at the sidebar's width (about 38 characters a line).
              rows={Math.min(16, Math.ceil(view.brief.length / 38) + 1)}
              value={view.brief}
            />
            <div class="buttons">
              <button type="button" class="button" onClick={copy}>
                {t("copy")}
              </button>
              <button type="button" class="button primary" onClick={insert}>
                {t("insert")}
              </button>
            </div>
          </section>
          <BarChart title={t("byCountry")} items={view.countries} otherLabel={t("other")} />
          <BarChart title={t("byInstitution")} items={view.institutions} otherLabel={t("other")} />
          <BarChart
            title={t("byAgreement")}
            items={view.agreements.map((a) => ({ ...a, label: valueLabel(AGREEMENT_LABELS[lang], a.key) }))}
            otherLabel={t("other")}
          />
          <BarChart
            title={t("byStatus")}
            items={view.statuses.map((s) => ({ ...s, label: valueLabel(STATUS_LABELS[lang], s.key) }))}
            otherLabel={t("other")}
          />
          <TimelineChart
            title={t("timeline")}
            buckets={view.timeline.map((b) => ({ ...b, label: periodLabel(b.key, lang) }))}
          />
          {view.undated > 0 && <p class="hint">{t("undated", { n: view.undated })}</p>}
        </div>
      )}
    </div>
  );
}
