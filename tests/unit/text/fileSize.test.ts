import assert from "node:assert/strict";
import { test } from "node:test";
import { formatFileSize } from "../../../src/_build/text/fileSize.ts";

test("sizes under 1 KB are shown in bytes", () => {
  assert.equal(formatFileSize(0), "0 bytes");
  assert.equal(formatFileSize(1023), "1023 bytes");
});

test("sizes in kilobytes are whole numbers, counting 1,024 bytes to the kilobyte", () => {
  assert.equal(formatFileSize(1024), "1 KB");
  assert.equal(formatFileSize(1536), "2 KB");
  assert.equal(formatFileSize(505 * 1024), "505 KB");
});

test("sizes in megabytes have one decimal place under 10 MB and none above", () => {
  assert.equal(formatFileSize(1024 * 1024), "1.0 MB");
  assert.equal(formatFileSize(1.25 * 1024 * 1024), "1.3 MB");
  assert.equal(formatFileSize(25 * 1024 * 1024), "25 MB");
});

test("a size just under 1 MB is not shown as 1024 KB", () => {
  assert.notEqual(formatFileSize(1024 * 1024 - 1), "1024 KB");
});
