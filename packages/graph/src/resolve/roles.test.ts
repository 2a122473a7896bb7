import { describe, expect, it } from "vitest";
import { roleLabel, summarizeRoles } from "./roles.ts";

describe("summarizeRoles", () => {
  it("should merge a title seen with and without its country, keeping the year span", () => {
    const roles = summarizeRoles([
      { title: "国家安全顾问", titleEn: "National Security Adviser", country: "US", since: 2021 },
      { title: "国家安全顾问", since: 2023 },
      { title: "国务卿", org: "国务院", country: "US", since: 2021 },
    ]);
    expect(roles).toHaveLength(2);
    expect(roles.find((r) => r.title === "国家安全顾问")).toMatchObject({ country: "US", since: 2021 });
  });

  it("should keep the same title at different organizations apart", () => {
    expect(summarizeRoles([{ title: "部长", org: "外交部" }, { title: "部长", org: "商务部" }])).toHaveLength(2);
  });

  it("should label a role on one line", () => {
    expect(roleLabel({ title: "国务卿", titleEn: "Secretary of State", country: "US" })).toBe("国务卿 (Secretary of State, US)");
    expect(roleLabel({ title: "部长", org: "外交部", country: "CN" })).toBe("外交部部长 (CN)");
  });
});
