// The native file dialog, kept behind the IPC seam like the commands.
import { open } from "@tauri-apps/plugin-dialog";

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Asks the user for one file; null when they cancel. */
export async function pickFile(title: string, filters: FileFilter[]): Promise<string | null> {
  const picked = await open({ title, multiple: false, directory: false, filters });
  return typeof picked === "string" ? picked : null;
}
