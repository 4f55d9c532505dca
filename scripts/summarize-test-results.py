#!/usr/bin/python3
"""Sum xUnit.net v2+ XML result files (written by `--report-xunit-xml`).

Usage: summarize-test-results.py RESULTS_DIR

Prints one line per test assembly, each failed test with the first line of its
message (so a CI log that keeps only its tail still names them), then a last
line of totals:
    PASSED FAILED SKIPPED FILES
`errors` (failures outside a test, e.g. a class or collection fixture that
threw) count as failed; `not-run` (explicit tests left out) counts as nothing.
A file that cannot be parsed (a test host that died mid-write) counts as one
failure. Standard library only: it runs with Debian's /usr/bin/python3.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    files = sorted(glob.glob(os.path.join(sys.argv[1], "*.xunit.xml")))
    passed = failed = skipped = 0
    for path in files:
        try:
            assemblies = ET.parse(path).getroot().iter("assembly")
            for asm in assemblies:
                p = int(asm.get("passed", 0))
                f = int(asm.get("failed", 0)) + int(asm.get("errors", 0))
                s = int(asm.get("skipped", 0))
                passed, failed, skipped = passed + p, failed + f, skipped + s
                name = os.path.basename(asm.get("name", path))
                print(f"  {name}: {p} passed, {f} failed, {s} skipped")
                for test in asm.iter("test"):
                    if test.get("result") == "Fail":
                        message = (test.findtext("failure/message") or "").strip()
                        first = message.splitlines()[0][:300] if message else ""
                        print(f"    FAILED {test.get('name')}: {first}")
        except (ET.ParseError, ValueError) as exc:
            failed += 1
            print(f"  {os.path.basename(path)}: unreadable ({exc}), counted as 1 failed")
    print(passed, failed, skipped, len(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
