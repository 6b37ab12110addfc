import { defineConfig } from "vitest/config";
import vue from "@vitejs/plugin-vue";
// Tauri serves the built files; the dev server is only for `tauri dev`.
export default defineConfig({
    plugins: [vue()],
    clearScreen: false,
    server: { port: 5173, strictPort: true, watch: { ignored: ["**/src-tauri/**"] } },
    build: { target: "safari15", minify: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
    test: { environment: "jsdom", include: ["tests/**/*.test.ts"] },
});
