// GENERATED from src-tauri/src/commands/ by `cargo run -p jingpin-desktop --example gen-ipc`. Do not edit.
import type { Category } from "./bindings/Category";
import type { Level } from "./bindings/Level";
import type { Stage } from "./bindings/Stage";
import type { Status } from "./bindings/Status";
import type { Aggregation } from "./bindings/Aggregation";
import type { CheckStatus } from "./bindings/CheckStatus";

/** Every category, in the notices' order (`Category::ALL`). */
export const CATEGORIES: Category[] = ["学科课程","特殊教育","实验教学","人工智能教育","阅读课"];

/** The categories a new session covers: the 2024 notice's three (`Category::NOTICE_2024`). */
export const NEW_SESSION_CATEGORIES: Category[] = ["学科课程","实验教学","特殊教育"];

/** Every level, county first (`Level::ALL`). */
export const LEVELS: Level[] = ["县级","市级","省级","部级"];

/** The stages of basic education, youngest first (`Stage::ALL`); a roster may type others, kept as typed. */
export const STAGES: Stage[] = ["小学","初中","高中"];

/** Every selection status (`Status::ALL`). */
export const STATUSES: Status[] = ["recommended","alternate","not_selected","held","vetoed"];

/** Every aggregation method (`Aggregation::ALL`). */
export const AGGREGATIONS: Aggregation[] = ["mean","trimmed_mean","median","zscore","severity_adjusted"];

/** Every 形式审查 result, worst first (`CheckStatus::ALL`). */
export const CHECK_STATUSES: CheckStatus[] = ["failed","warnings","passed"];

/** 推荐稳定性 as the window asks for it: the core's seed and number of resamples (`stability::DEFAULT_SEED`, `DEFAULT_RESAMPLES`). */
export const STABILITY_DEFAULTS = { seed: 2025, resamples: 1000 } as const;
