import { describe, expect, it } from "vitest";
import { OAuthTicketRequestSchema } from "./auth.js";

describe("OAuthTicketRequestSchema", () => {
  it("accepts the exchange and the refresh form", () => {
    const exchange = { client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" };
    expect(OAuthTicketRequestSchema.parse(exchange)).toEqual(exchange);
    expect(OAuthTicketRequestSchema.parse({ ...exchange, refresh_token: "r1" })).toEqual({ ...exchange, refresh_token: "r1" });
  });

  it("rejects other grant types", () => {
    const result = OAuthTicketRequestSchema.safeParse({ client_id: "a", client_secret: "b", grant_type: "password" });
    expect(result.error?.issues[0]?.path).toEqual(["grant_type"]);
  });
});
