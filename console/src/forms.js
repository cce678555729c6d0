// The form handling the purchaser's screens share (contract.js, procurement.js, bids.js…): a
// command sent once however often it is clicked, money typed as a clerk types it, a refusal
// shown at the field it names (else at the button that sent it), and the forms that only
// carry a reason (suspend, resume, terminate, cancel, decline, disqualify). CONFLICT ("changed
// by someone else, reload") is worded by `ui.ErrorText`, which every refusal here goes through.
// Shared pieces (texts, ErrorText) come from main.js as `ui`; this module imports none of the
// screens.

import { h } from 'preact';
import { useState, useRef } from 'preact/hooks';
import htm from 'htm';
import { gql, newCommandId } from './api.js';
import { parseMoney, trimmed } from './format.js';

const html = htm.bind(h);

/**
 * Yuan as typed (`30,000.00`, full-width, `¥`) to integer fen, by string arithmetic (no float
 * ever holds money); null when it is not an amount of at most two decimals.
 */
export function toFen(text) {
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(parseMoney(text));
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number(((m[2] ?? '') + '00').slice(0, 2));
  return Number.isSafeInteger(fen) ? fen : null;
}

/**
 * A command sent once: a click while one is in flight is ignored, and a retry after a lost
 * answer (NETWORK) carries the same commandId so that the ledger writes it once. With
 * `untilRemount`, a form that is keyed by its record's version stays shut after its command
 * succeeded, until the record read again remounts it: the second click of a double click that
 * lands after the answer then sends nothing (it would only be refused as stale).
 */
export function useCommand(lang, { untilRemount = false } = {}) {
  const inFlight = useRef(false);
  const commandId = useRef(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const run = async (mutation, input, onDone) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    commandId.current ??= newCommandId();
    let succeeded = false;
    try {
      const data = await gql(mutation, { i: { ...input, commandId: commandId.current } }, { lang });
      commandId.current = null;
      succeeded = true;
      await onDone(data);
    } catch (err) {
      if (err.code !== 'NETWORK') commandId.current = null;
      setError(err);
    } finally {
      if (!(succeeded && untilRemount)) inFlight.current = false;
      setBusy(false);
    }
  };
  return { run, busy, error, setError };
}

/**
 * Which of a form's inputs a refusal belongs to: the one its `extensions.field` names (the
 * first segment, `milestones.amount` → `milestones`, mapped through `fields` where the API's
 * name differs from the form's), else the one its rule is about (`rules`); null for the button.
 */
export function refusalField(error, fields, rules = {}) {
  if (!error) return null;
  const named = String(error.field ?? '').split('.')[0];
  if (named && Object.hasOwn(fields, named)) return fields[named];
  return (error.rule && rules[error.rule]) || null;
}

/**
 * One labelled input (a textarea when `rows` is given) with its hint and, when `error` is
 * for it, the refusal next to it (aria-invalid, described by both).
 */
export function FormField({ ui, id, label, value, onInput, error, hint, rows, className = '', ...rest }) {
  const { ErrorText } = ui;
  const describedBy = [hint ? id + '-hint' : null, error ? id + '-error' : null].filter(Boolean).join(' ') || undefined;
  const common = { id, value, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy, onInput: (e) => onInput(e.currentTarget.value), ...rest };
  return html`<div class=${'field ' + className + (error ? ' invalid' : '')}>
    <label for=${id}>${label}</label>
    ${rows ? html`<textarea rows=${rows} ...${common}></textarea>` : html`<input ...${common} />`}
    ${hint ? html`<p class="hint" id=${id + '-hint'}>${hint}</p>` : null}
    ${error ? html`<${ErrorText} error=${error} id=${id + '-error'} />` : null}
  </div>`;
}

/** A button that sends one command, its refusal shown beside it. */
export function CommandButton({ ui, id, label, mutation, input, onDone, className }) {
  const { lang, ErrorText } = ui;
  const command = useCommand(lang);
  return html`<div class="action">
    <button type="button" id=${id} class=${className} disabled=${command.busy} onClick=${() => command.run(mutation, input, onDone)}>${label}</button>
    <${ErrorText} error=${command.error} id=${id + '-error'} />
  </div>`;
}

/**
 * A command whose one input is the reason it records (理由), e.g. suspending a contract or
 * cancelling a procurement: `input` is the rest of the command's input, the reason is sent
 * trimmed as `reasonKey`. A refusal naming the reason shows at it, any other at the button.
 */
export function ReasonForm({ ui, id, title, intro, reasonLabel, submitLabel, mutation, input, reasonKey = 'reason', onDone, danger = false, untilRemount = false }) {
  const { t, lang, ErrorText } = ui;
  const [reason, setReason] = useState('');
  const command = useCommand(lang, { untilRemount });
  const send = (e) => {
    e.preventDefault();
    command.run(mutation, { ...input, [reasonKey]: trimmed(reason) }, onDone);
  };
  const atReason = refusalField(command.error, { [reasonKey]: 'reason' }) === 'reason';
  return html`<form class=${'reason-form' + (danger ? ' danger' : '')} id=${id} onSubmit=${send} novalidate aria-labelledby=${id + '-heading'}>
    <h3 id=${id + '-heading'}>${title}</h3>
    ${intro ? html`<p>${intro}</p>` : null}
    <${FormField} ui=${ui} id=${id + '-reason'} label=${reasonLabel ?? t('reasonLabel')} rows="2" value=${reason} onInput=${setReason} error=${atReason ? command.error : null} />
    <div class="action">
      <button type="submit" id=${id + '-submit'} class=${danger ? 'danger' : undefined} disabled=${command.busy}>${command.busy ? t('submitting') : submitLabel}</button>
      ${command.error && !atReason ? html`<${ErrorText} error=${command.error} id=${id + '-error'} />` : null}
    </div>
  </form>`;
}
