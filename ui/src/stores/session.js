// The open session and what the pages show of it.
import { attempt } from "../logic/attempt";
import { defineStore } from "pinia";
import { commands, } from "../ipc";
export const useSessionStore = defineStore("session", {
    state: () => ({
        current: null,
        recent: [],
        lessons: [],
        judges: [],
        panels: [],
        assignment: null,
        error: null,
        /** A score sheet is open in judge mode. */
        judgeOpen: false,
    }),
    actions: {
        async init() {
            await attempt((e) => (this.error = e), async () => {
                this.current = (await commands.currentSession()).session;
                this.recent = (await commands.recentSessions()).sessions;
                this.judgeOpen = (await commands.judgeView()).view !== null;
                if (this.current)
                    await this.refresh();
            });
        },
        async refresh() {
            if (!this.current)
                return;
            this.lessons = (await commands.lessons()).lessons;
            const j = await commands.judges();
            this.judges = j.judges;
            this.panels = j.panels;
            this.assignment = await commands.assignment();
            this.current = (await commands.currentSession()).session;
        },
        async opened(view) {
            this.current = view;
            this.recent = (await commands.recentSessions()).sessions;
            await this.refresh();
        },
    },
});
