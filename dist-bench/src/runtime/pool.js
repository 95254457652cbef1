import { ExecutionEnvironment } from './environment.js';
export class EnvironmentPool {
    spec;
    key;
    opts;
    #idle = [];
    #all = new Set();
    #reapers = new Map();
    #waiting = [];
    #closed = false;
    /** Invocations holding an environment now. */
    busy = 0;
    constructor(spec, 
    /** The configuration this pool runs: another key means another pool. */
    key, opts) {
        this.spec = spec;
        this.key = key;
        this.opts = opts;
    }
    /** Environments alive (busy or idle). */
    get size() {
        return this.#all.size;
    }
    /** A warm environment, a new one, or (at the limit) the next one freed; undefined once closed or aborted. */
    async acquire(signal) {
        if (this.#closed)
            return undefined;
        const warm = this.#idle.pop();
        if (warm) {
            clearTimeout(this.#reapers.get(warm));
            this.#reapers.delete(warm);
            this.busy++;
            return warm;
        }
        if (this.#all.size < this.opts.limit) {
            this.busy++;
            return this.#startOne();
        }
        const env = await new Promise((resolve) => {
            const take = (e) => {
                signal?.removeEventListener('abort', onAbort);
                resolve(e);
            };
            const onAbort = () => {
                const i = this.#waiting.indexOf(take);
                if (i >= 0)
                    this.#waiting.splice(i, 1);
                resolve(undefined);
            };
            signal?.addEventListener('abort', onAbort, { once: true });
            this.#waiting.push(take);
        });
        if (env)
            this.busy++;
        return env;
    }
    release(env) {
        this.busy--;
        if (env.dead || this.#closed) {
            this.#all.delete(env);
            void env.kill();
            const next = this.#waiting.shift();
            if (next)
                void (this.#closed ? Promise.resolve(undefined) : this.#startOne()).then(next);
            return;
        }
        const next = this.#waiting.shift();
        if (next)
            return next(env);
        this.#idle.push(env);
        const reaper = setTimeout(() => {
            const i = this.#idle.indexOf(env);
            if (i >= 0)
                this.#idle.splice(i, 1);
            this.#reapers.delete(env);
            this.#all.delete(env);
            void env.kill();
        }, this.opts.idleTimeoutMs);
        reaper.unref();
        this.#reapers.set(env, reaper);
    }
    async #startOne() {
        const env = new ExecutionEnvironment(this.spec, { log: this.opts.log, interpreters: this.opts.interpreters });
        this.#all.add(env);
        return env.start();
    }
    /** Starts nothing more; idle environments end now, busy ones when they are released. */
    async close() {
        this.#closed = true;
        for (const w of this.#waiting.splice(0))
            w(undefined);
        for (const t of this.#reapers.values())
            clearTimeout(t);
        this.#reapers.clear();
        const idle = this.#idle.splice(0);
        for (const env of idle)
            this.#all.delete(env);
        await Promise.all(idle.map((e) => e.kill()));
    }
    /** Ends every environment, busy or not (the runner is closing). */
    async destroy() {
        await this.close();
        await Promise.all([...this.#all].map((e) => e.kill()));
        this.#all.clear();
    }
}
//# sourceMappingURL=pool.js.map