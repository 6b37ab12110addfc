// The native file dialogs, kept behind the IPC seam like the commands.
import { open, save } from "@tauri-apps/plugin-dialog";
/** Asks the user for one file; null when they cancel. */
export async function pickFile(title, filters) {
    const picked = await open({ title, multiple: false, directory: false, filters });
    return typeof picked === "string" ? picked : null;
}
/** Asks where to save a new file; null when they cancel. */
export async function pickSavePath(title, defaultPath, filters) {
    const picked = await save({ title, defaultPath, filters });
    return typeof picked === "string" ? picked : null;
}
/** Asks for a folder; null when they cancel. */
export async function pickFolder(title) {
    const picked = await open({ title, multiple: false, directory: true });
    return typeof picked === "string" ? picked : null;
}
/** Asks for several files; empty when they cancel. */
export async function pickFiles(title, filters) {
    const picked = await open({ title, multiple: true, directory: false, filters });
    return Array.isArray(picked) ? picked : typeof picked === "string" ? [picked] : [];
}
