export const emptyFilter = () => ({ category: "", region: "", stage: "", subject: "", text: "" });
export function filterLessons(lessons, f) {
    const text = f.text.trim();
    return lessons.filter((l) => (!f.category || l.category === f.category) &&
        (!f.region || l.region === f.region) &&
        (!f.stage || l.stage === f.stage) &&
        (!f.subject || l.subject === f.subject) &&
        (!text ||
            l.title.includes(text) ||
            l.school.includes(text) ||
            l.node.includes(text) ||
            l.teachers.some((t) => t.includes(text))));
}
/** Sorted distinct non-empty values of a field, for the filter menus. */
export function options(lessons, field) {
    return [...new Set(lessons.map((l) => l[field]).filter((v) => v))].sort((a, b) => a.localeCompare(b, "zh-CN"));
}
/** “张三、李四” ⇄ ["张三", "李四"], splitting on the separators offices use. */
export function splitTeachers(text) {
    return text.split(/[、，,;；/／\s\u3000]+/).map((s) => s.trim()).filter((s) => s);
}
