// 形式审查 in the window: marks per material and video rule, filters, sentences in both languages.
import { describe, expect, it } from "vitest";
import { findingText, matchesFilter, materialColumns, materialMark, videoMark, VIDEO_RULES } from "../src/views/materials/logic/materials";
import { makeI18n } from "../src/i18n";
const check = (over) => ({ lesson: "L1", folder: "L1 课", files: [], findings: [], status: "passed", ...over });
const video = { bytes: 1, duration: 720, codec: "H.264", width: 1920, height: 1080, display_width: 1920, display_height: 1080, fps: 25, audio: "AAC", audio_kbps: 16, overall_mbps: 0.1 };
describe("形式审查 table", () => {
    const good = check({
        files: [
            { path: "微课视频.mp4", bytes: 1, material: "微课视频", hour: 1, video },
            { path: "教学设计.docx", bytes: 1, material: "教学设计", hour: 1, video: null },
        ],
    });
    const bad = check({
        lesson: "L2",
        status: "failed",
        files: [{ path: "a.mp4", bytes: 1, material: "微课视频", hour: 1, video: { ...video, fps: 30 } }],
        findings: [
            { severity: "error", code: "missing", material: "学习任务单", hour: null, file: "", source: "附件1" },
            { severity: "error", code: "frame_rate", found: 30, want: 25, file: "a.mp4", source: "附件1" },
        ],
    });
    it("marks each material and video rule ✓, ✗ or blank", () => {
        expect(materialColumns([good, bad])).toEqual(["微课视频", "教学设计", "学习任务单"]);
        expect(materialMark(good, "教学设计")).toBe("ok");
        expect(materialMark(bad, "学习任务单")).toBe("bad");
        expect(materialMark(bad, "教学设计")).toBe("");
        expect(videoMark(bad, "fps")).toBe("bad");
        expect(videoMark(good, "fps")).toBe("ok");
        expect(videoMark(check({}), "fps")).toBe("");
        expect(Object.keys(VIDEO_RULES)).toContain("duration");
    });
    it("filters by result, region and text", () => {
        const lesson = { id: "L2", region: "玄武区", title: "春", school: "一中", teachers: ["张敏"] };
        expect(matchesFilter(bad, lesson, { status: "failed", region: "玄武区", search: "张敏" })).toBe(true);
        expect(matchesFilter(bad, lesson, { status: "passed", region: "", search: "" })).toBe(false);
        expect(matchesFilter(bad, lesson, { status: "", region: "秦淮区", search: "" })).toBe(false);
    });
    it("says every finding in both languages", () => {
        for (const lang of ["zh-CN", "en-US"]) {
            const t = makeI18n(lang).global.t;
            for (const f of bad.findings)
                expect(findingText(t, f)).not.toMatch(/finding\./);
        }
        const t = makeI18n("zh-CN").global.t;
        expect(findingText(t, bad.findings[0])).toBe("缺少学习任务单");
        expect(findingText(t, bad.findings[1])).toBe("a.mp4：帧率为30帧/秒，应为25帧");
        const truncated = { severity: "error", code: "video_unreadable", why: "truncated", file: "b.mp4", source: "" };
        expect(findingText(t, truncated)).toBe("b.mp4：视频文件不完整（下载或拷贝中断）");
    });
    it("has a sentence for every finding code the core sends", () => {
        // the codes of materials::FindingKind (src/materials/mod.rs)
        const codes = ["no_folder", "no_rules", "missing", "missing_hour", "too_few", "too_many_hours", "wrong_format", "empty", "unreadable",
            "unrecognised", "video_codec", "resolution", "aspect", "frame_rate", "audio_codec", "no_audio", "duration", "duration_unchecked",
            "too_large", "bitrate", "audio_bitrate"];
        for (const lang of ["zh-CN", "en-US"]) {
            const { te } = makeI18n(lang).global;
            for (const c of codes)
                expect(te(`finding.${c}`), `${lang} finding.${c}`).toBe(true);
            for (const w of ["not_mp4", "truncated", "no_movie", "damaged", "no_video", "io"])
                expect(te(`finding.video_unreadable.${w}`)).toBe(true);
        }
    });
});
