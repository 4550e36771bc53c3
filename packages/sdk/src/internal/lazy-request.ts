/**
 * The `Request` class the client hands to openapi-fetch (its `Request` option). openapi-fetch builds
 * one `Request` per call and passes it to the transport; a real one costs a URL parse, a header
 * copy and a body stream, and the global fetch then builds its own `Request` again. This class only
 * keeps the URL and the init, so the transport can call `fetch(url, init)` like a hand-written
 * call does (ADR 0012).
 *
 * Code that treats it as a `Request` still works: middleware may read or change `headers` (the live
 * `Headers` of the init), and every other `Request` member builds the real `Request` on first use;
 * from then on that `Request` is what is sent. `instanceof` accepts real Requests too, because
 * openapi-fetch checks a middleware's returned `Request` with `instanceof` this class.
 */

export class LazyRequest {
  readonly url: string;
  readonly method: string;
  /** The init as openapi-fetch gave it (`headers` is a `Headers`, `body` the serialized body). */
  readonly init: RequestInit;
  #real: Request | undefined;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = (init.method ?? "GET").toUpperCase();
    this.init = init;
  }

  /** Whether `value` is a `LazyRequest` not yet turned into a real `Request`. */
  static isPending(value: unknown): value is LazyRequest {
    return typeof value === "object" && value !== null && #real in value && value.#real === undefined;
  }

  /** The real `Request` behind `value`: built from a `LazyRequest`, or `value` itself. */
  static real(value: Request | LazyRequest): Request {
    return typeof value === "object" && value !== null && #real in value ? value.toRequest() : (value as Request);
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return (typeof value === "object" && value !== null && #real in value) || value instanceof globalThis.Request;
  }

  /** The real `Request` (built once). */
  toRequest(): Request {
    this.#real ??= new globalThis.Request(this.url, this.init);
    return this.#real;
  }

  get headers(): Headers {
    if (this.#real) return this.#real.headers;
    if (!(this.init.headers instanceof Headers)) this.init.headers = new Headers(this.init.headers);
    return this.init.headers;
  }

  get signal(): AbortSignal {
    return this.init.signal ?? this.toRequest().signal;
  }

  // The rest of the Request interface, each building the real Request on first use (written out,
  // not defined in a loop, so a bundle that never uses the class drops it).
  get body(): unknown {
    return this.#get("body");
  }
  get bodyUsed(): unknown {
    return this.#get("bodyUsed");
  }
  get cache(): unknown {
    return this.#get("cache");
  }
  get credentials(): unknown {
    return this.#get("credentials");
  }
  get destination(): unknown {
    return this.#get("destination");
  }
  get duplex(): unknown {
    return this.#get("duplex");
  }
  get integrity(): unknown {
    return this.#get("integrity");
  }
  get keepalive(): unknown {
    return this.#get("keepalive");
  }
  get mode(): unknown {
    return this.#get("mode");
  }
  get redirect(): unknown {
    return this.#get("redirect");
  }
  get referrer(): unknown {
    return this.#get("referrer");
  }
  get referrerPolicy(): unknown {
    return this.#get("referrerPolicy");
  }
  arrayBuffer(): unknown {
    return this.#call("arrayBuffer");
  }
  blob(): unknown {
    return this.#call("blob");
  }
  bytes(): unknown {
    return this.#call("bytes");
  }
  clone(): unknown {
    return this.#call("clone");
  }
  formData(): unknown {
    return this.#call("formData");
  }
  json(): unknown {
    return this.#call("json");
  }
  text(): unknown {
    return this.#call("text");
  }

  #get(name: string): unknown {
    return (this.toRequest() as unknown as Record<string, unknown>)[name];
  }

  #call(name: string): unknown {
    const real = this.toRequest() as unknown as Record<string, () => unknown>;
    return real[name]?.call(real);
  }
}
