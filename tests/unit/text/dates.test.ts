import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDisplayDate, isRealIsoDate, todayInLondon, yearOf } from "../../../src/_build/text/dates.ts";

test("isRealIsoDate accepts days that exist, leap days included", () => {
  assert.equal(isRealIsoDate("2024-03-03"), true);
  assert.equal(isRealIsoDate("2024-02-29"), true);
  assert.equal(isRealIsoDate("2000-02-29"), true);
  assert.equal(isRealIsoDate("2024-12-31"), true);
});

test("isRealIsoDate refuses days that do not exist", () => {
  assert.equal(isRealIsoDate("2024-02-30"), false);
  assert.equal(isRealIsoDate("2023-02-29"), false);
  assert.equal(isRealIsoDate("1900-02-29"), false);
  assert.equal(isRealIsoDate("2024-04-31"), false);
  assert.equal(isRealIsoDate("2024-13-01"), false);
  assert.equal(isRealIsoDate("2024-00-10"), false);
  assert.equal(isRealIsoDate("2024-01-00"), false);
});

test("isRealIsoDate refuses anything not written YYYY-MM-DD", () => {
  for (const value of ["2024-3-3", "03/03/2024", "3 March 2024", "2024-03-03T00:00:00Z", " 2024-03-03", ""]) {
    assert.equal(isRealIsoDate(value), false, value);
  }
});

test("a date is shown the GOV.UK way: day without a leading zero, month in full, year", () => {
  assert.equal(formatDisplayDate("2024-03-03"), "3 March 2024");
  assert.equal(formatDisplayDate("2013-12-25"), "25 December 2013");
  assert.equal(formatDisplayDate("2020-01-01"), "1 January 2020");
});

test("formatDisplayDate refuses text that is not a YYYY-MM-DD date", () => {
  assert.throws(() => formatDisplayDate("March 2024"), /Not a YYYY-MM-DD date: March 2024/);
});

test("yearOf gives the year of a date", () => {
  assert.equal(yearOf("2024-03-03"), "2024");
});

test("today in London is the next day at 23:30 UTC on a summer night (BST)", () => {
  assert.equal(todayInLondon(new Date("2026-06-30T23:30:00Z")), "2026-07-01");
  assert.equal(todayInLondon(new Date("2026-06-30T22:59:59Z")), "2026-06-30");
});

test("today in London is the same day at 23:30 UTC on a winter night (GMT)", () => {
  assert.equal(todayInLondon(new Date("2026-12-31T23:30:00Z")), "2026-12-31");
  assert.equal(todayInLondon(new Date("2027-01-01T00:00:00Z")), "2027-01-01");
});

test("today in London follows the clocks going back in October", () => {
  // BST ends at 01:00 UTC on 25 October 2026.
  assert.equal(todayInLondon(new Date("2026-10-24T23:30:00Z")), "2026-10-25");
  assert.equal(todayInLondon(new Date("2026-10-25T23:30:00Z")), "2026-10-25");
});
