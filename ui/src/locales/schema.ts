// The locales' coverage of every code the core and the shell send, checked by the type checker
// (`vue-tsc`, part of the build and of the tests): a code added in Rust reaches the generated
// bindings, and a locale that does not translate it fails here, naming the missing key. en-US is
// typed as zh-CN (en-US.ts), so both languages are covered.
import type zhCN from "./zh-CN";
import type { ApiErrorCode } from "../ipc/bindings/ApiErrorCode";
import type { Aggregation } from "../ipc/bindings/Aggregation";
import type { Category } from "../ipc/bindings/Category";
import type { CheckStatus } from "../ipc/bindings/CheckStatus";
import type { Finding } from "../ipc/bindings/Finding";
import type { Flag } from "../ipc/bindings/Flag";
import type { HitKind } from "../ipc/bindings/HitKind";
import type { HitStatus } from "../ipc/bindings/HitStatus";
import type { Problem } from "../ipc/bindings/Problem";
import type { Reason } from "../ipc/bindings/Reason";
import type { ReasonCode } from "../ipc/bindings/ReasonCode";
import type { SheetRule } from "../ipc/bindings/SheetRule";
import type { Status } from "../ipc/bindings/Status";
import type { TieBreak } from "../ipc/bindings/TieBreak";
import type { Level } from "../ipc/bindings/Level";
import type { Stage } from "../ipc/bindings/Stage";
import type { Unscreened } from "../ipc/bindings/Unscreened";

type Locale = typeof zhCN;

type Join<P extends string, K extends string> = P extends "" ? K : `${P}.${K}`;
/** Every message's dotted key (`results.finalize`, …): the leaves of the zh-CN messages. */
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? Join<P, K> : Leaves<T[K], Join<P, K>>;
}[keyof T & string];
export type MessageKey = Leaves<Locale>;

/** `t` as the pages and the logic use it: only a key the locales have compiles (a misspelled or
 *  removed key fails `vue-tsc`); a key built from a code is checked through the code's type. */
export type Translate = (key: MessageKey, params?: Record<string, unknown>) => string;

/** `true` when `Section` has a key for every code in `Codes`, else the codes it lacks. */
export type Covers<Section, Codes extends string> = [Exclude<Codes, keyof Section>] extends [never]
  ? true
  : { missing: Exclude<Codes, keyof Section> };

/** `true` when two lists of codes are one, else the codes only one side has. */
export type Same<A extends string, B extends string> = [Exclude<A, B> | Exclude<B, A>] extends [never]
  ? true
  : { differ: Exclude<A, B> | Exclude<B, A> };


// each line fails to compile with `{ missing: "…" }` when a translation is missing
export const covered: [
  Covers<Locale["error"], ApiErrorCode>,
  Covers<Locale["problem"], Problem["code"]>,
  Covers<Locale["reason"], Reason["code"]>,
  Covers<Locale["reasonShort"], Reason["code"]>,
  // a refused decision names the lesson's state by `ReasonCode`, Rust's `Reason` without its data
  Same<ReasonCode, Reason["code"]>,
  Covers<Locale["status"], Status>,
  Covers<Locale["sheetRule"], SheetRule>,
  Covers<Locale["finding"], Finding["code"]>,
  Covers<Locale["tieBreak"], TieBreak["by"]>,
  Covers<Locale["fairness"]["flag"], Flag>,
  Covers<Locale["bar"], HitKind | HitStatus>,
  Covers<Locale["category"], Category>,
  Covers<Locale["level"], Level>,
  Covers<Locale["stage"], Stage>,
  Covers<Locale["settings"]["agg"], Aggregation>,
  Covers<Locale["materials"]["status"], CheckStatus>,
  Covers<Locale["similar"]["reason"], Unscreened>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
