#!/usr/bin/env python3
"""Check a CSV file (and its .meta.csv) against DfE's explore-education-statistics (EES) data standards.

The rules are those of DfE's EES screener (the eesyscreener R package) that a file written by Promise can break
(docs/decisions.md, 47): column names; the geographic_level vocabulary and the geography columns each level needs,
filled where it needs them and empty where it does not; the time_identifier vocabulary, with one time_period shape
per identifier and identifiers of one kind only (all months, say, or all financial years); indicator cells a number
or a GSS symbol; no blank filter cell; no null or legacy symbols; no duplicate rows; and, given a meta file, its
columns and rules and its agreement with the data file.

    python3 scripts/ees_check.py data.csv [--meta data.meta.csv]

Prints each broken rule and exits 1 when there is one. Python's standard library only.
"""
import argparse
import csv
import re
import sys

REQUIRED_DATA = ["geographic_level", "time_period", "time_identifier", "country_code", "country_name"]
REQUIRED_META = ["col_name", "col_type", "label", "indicator_grouping", "indicator_unit", "indicator_dp",
                 "filter_hint", "filter_grouping_column"]
OPTIONAL_META = ["filter_default", "parent_filter"]
INDICATOR_UNITS = {"", "%", "pp", "£", "£m", "numberstring"}
GSS_SYMBOLS = {"c", "x", "z", "low"}
LEGACY_SYMBOLS = {":", "~"}
NULL_SYMBOLS = {"NULL", "Null", "null", "NA", "na"}

# Each level's code, name and secondary code columns (EES's geography table).
LEVELS = {
    "National": ("country_code", "country_name", None),
    "Regional": ("region_code", "region_name", None),
    "Local authority": ("new_la_code", "la_name", "old_la_code"),
    "Local authority district": ("lad_code", "lad_name", None),
    "RSC region": (None, "rsc_region_lead_name", None),
    "Parliamentary constituency": ("pcon_code", "pcon_name", None),
    "Local skills improvement plan area": ("lsip_code", "lsip_name", None),
    "Local enterprise partnership": ("local_enterprise_partnership_code", "local_enterprise_partnership_name", None),
    "English devolved area": ("english_devolved_area_code", "english_devolved_area_name", None),
    "Opportunity area": ("opportunity_area_code", "opportunity_area_name", None),
    "Ward": ("ward_code", "ward_name", None),
    "MAT": ("trust_id", "trust_name", None),
    "Sponsor": ("sponsor_id", "sponsor_name", None),
    "School": ("school_urn", "school_name", "school_laestab"),
    "Provider": ("provider_ukprn", "provider_name", None),
    "Institution": ("institution_id", "institution_name", None),
    "Planning area": ("planning_area_code", "planning_area_name", None),
    "Police force area": ("pfa_code", "pfa_name", None),
}
LOW = ["School", "Provider", "Institution"]
# Which levels' rows may fill a level's columns: its own, and those of the places within it (the screener's list).
COMPATIBLE = {
    "Regional": ["Regional", "Local skills improvement plan area", "Local authority", "Local enterprise partnership",
                 "Opportunity area", "Local authority district", "Parliamentary constituency", "English devolved area",
                 "Ward", *LOW, "Planning area", "Police force area"],
    "Local authority": ["Local authority", "Parliamentary constituency", "Local authority district", "Ward", *LOW,
                        "Planning area", "Police force area"],
    "Local authority district": ["Local authority district", "Ward", *LOW, "Police force area"],
    "Local skills improvement plan area": ["Local skills improvement plan area", "Local authority district", *LOW,
                                           "Planning area"],
    "RSC region": ["RSC region", *LOW],
    "Parliamentary constituency": ["Parliamentary constituency", *LOW],
    "Local enterprise partnership": ["Local enterprise partnership", *LOW],
    "English devolved area": ["English devolved area", *LOW],
    "Opportunity area": ["Opportunity area", *LOW],
    "Ward": ["Ward", *LOW],
    "MAT": ["MAT", *LOW],
    "Sponsor": ["Sponsor", *LOW],
    "Planning area": ["Planning area", *LOW],
    "Police force area": ["Police force area", *LOW],
    "School": ["School"],
    "Provider": ["Provider"],
    "Institution": ["Institution"],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKS = [f"Week {n}" for n in range(1, 53)]
TERMS = ["Spring term", "Autumn term", "Summer term"]
QUARTERS = [f"Financial year Q{n}" for n in range(1, 5)]
HALVES = ["Part 1 (April to September)", "Part 2 (October to March)"]
FOUR_DIGIT = {"Calendar year", "Reporting year", *WEEKS, *MONTHS}
SIX_DIGIT = {"Autumn and spring term", *TERMS, "Financial year", "Academic year", "Tax year", *QUARTERS, *HALVES}
TIME_IDENTIFIERS = FOUR_DIGIT | SIX_DIGIT
# The identifiers one file may hold together (the screener's acceptable_time_ids): each alone, or a set's members.
TIME_KINDS = [[identifier] for identifier in ["Autumn and spring term", "Calendar year", "Financial year",
                                             "Academic year", "Tax year", "Reporting year"]] + [
    TERMS, WEEKS, MONTHS, QUARTERS, HALVES]
OBSERVATIONAL = {"time_period", "time_identifier", "geographic_level"} | {
    column for columns in LEVELS.values() for column in columns if column}
# Without a meta file, the columns Promise writes as indicators (numbers or symbols); all others are filters.
DEFAULT_INDICATORS = {"value", "numerator", "denominator", "target"}


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as file:
        rows = list(csv.reader(file))
    if not rows:
        return [], []
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def is_number(text):
    return re.fullmatch(r"-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?", text) is not None


def check_data(header, rows, filters, indicators):
    problems = []
    if len(set(header)) != len(header):
        problems.append("columns: a column name is given twice")
    bad_names = [name for name in header if not re.fullmatch(r"[a-z0-9_]+", name)]
    if bad_names:
        problems.append(f"columns: not snake_case: {', '.join(bad_names)}")
    missing = [name for name in REQUIRED_DATA if name not in header]
    if missing:
        problems.append(f"columns: the required {', '.join(missing)} missing")
        return problems
    levels = {row["geographic_level"] for row in rows}
    unknown = sorted(levels - LEVELS.keys())
    if unknown:
        problems.append(f"geographic_level: not EES's: {', '.join(unknown)}")
    for level in sorted(levels & LEVELS.keys()):
        needed = [column for column in LEVELS[level] if column]
        absent = [column for column in needed if column not in header]
        if absent:
            problems.append(f"geography: {level} rows need the columns {', '.join(absent)}")
            continue
        needed += ["country_code", "country_name"]
        if level == "Local authority":
            needed += [column for column in ("region_code", "region_name") if column in header]
            if "region_code" not in header:
                problems.append("geography: Local authority rows need region_code and region_name")
        for column in needed:
            if any(row[column] == "" for row in rows if row["geographic_level"] == level):
                problems.append(f"geography: {column} is blank in a {level} row")
    for level, compatible in COMPATIBLE.items():
        for column in (column for column in LEVELS[level] if column and column in header):
            filled_at = sorted({row["geographic_level"] for row in rows
                                if row[column] != "" and row["geographic_level"] not in compatible})
            if filled_at:
                problems.append(f"geography: {column} is filled in {', '.join(filled_at)} rows, where it must be empty")
    problems += check_time(rows)
    for column in indicators:
        cells = [row[column] for row in rows if column in row]
        bad = sorted({cell for cell in cells if not is_number(cell) and cell not in GSS_SYMBOLS})
        if bad:
            problems.append(f"symbols: indicator {column} holds {', '.join(repr(cell) for cell in bad[:5])}: "
                            f"a number or one of {', '.join(sorted(GSS_SYMBOLS))} only")
    for column in filters:
        if any(row.get(column, "") == "" for row in rows):
            problems.append(f"filters: {column} has a blank cell")
    for column in header:
        found = sorted({row[column] for row in rows} & (NULL_SYMBOLS | LEGACY_SYMBOLS))
        if found:
            problems.append(f"symbols: {column} holds {', '.join(found)}, which EES does not allow")
    keys = [column for column in header if column in OBSERVATIONAL or column in filters]
    seen = set()
    for number, row in enumerate(rows, start=2):
        key = tuple(row[column] for column in keys)
        if key in seen:
            problems.append(f"duplicates: row {number} repeats an earlier row's time, geography and filters")
            break
        seen.add(key)
    return problems


def check_time(rows):
    problems = []
    identifiers = {row["time_identifier"] for row in rows}
    unknown = sorted(identifiers - TIME_IDENTIFIERS)
    if unknown:
        problems.append(f"time_identifier: not EES's: {', '.join(repr(value) for value in unknown)}")
    known = sorted(identifiers & TIME_IDENTIFIERS)
    if known and not any(set(known) <= set(kind) for kind in TIME_KINDS):
        problems.append(f"time_identifier: mixes kinds EES keeps apart: {', '.join(known)} (one file a kind)")
    for identifier in known:
        digits = 4 if identifier in FOUR_DIGIT else 6
        periods = {row["time_period"] for row in rows if row["time_identifier"] == identifier}
        wrong = sorted(period for period in periods if not re.fullmatch(r"\d{%d}" % digits, period))
        if wrong:
            problems.append(f"time_period: {identifier} needs {digits} digits, not {', '.join(wrong[:5])}")
        if digits == 6:
            apart = sorted(period for period in periods if re.fullmatch(r"\d{6}", period)
                           and (int(period[2:4]) + 1) % 100 != int(period[4:6]))
            if apart:
                problems.append(f"time_period: six digits are two consecutive years (201920), not "
                                f"{', '.join(apart[:5])}")
    return problems


def check_meta(header, rows):
    problems = []
    missing = [name for name in REQUIRED_META if name not in header]
    if missing:
        problems.append(f"meta: the required {', '.join(missing)} missing")
        return problems
    extra = [name for name in header if name not in REQUIRED_META + OPTIONAL_META]
    if extra:
        problems.append(f"meta: columns EES does not read: {', '.join(extra)}")
    names = [row["col_name"] for row in rows]
    if len(set(names)) != len(names):
        problems.append("meta: a col_name is given twice")
    labels = [row["label"].strip() for row in rows]
    if "" in labels:
        problems.append("meta: a label is blank")
    if len(set(labels)) != len(labels):
        problems.append("meta: a label is given twice")
    for row in rows:
        name, kind = row["col_name"], row["col_type"]
        if kind not in ("Filter", "Indicator"):
            problems.append(f"meta: {name}'s col_type is {kind!r}, not Filter or Indicator")
        if name in OBSERVATIONAL:
            problems.append(f"meta: {name} is a time or geography column, which has no meta row")
        if kind == "Filter" and (row["indicator_unit"] or row["indicator_dp"] or row["indicator_grouping"]):
            problems.append(f"meta: filter {name} has an indicator's unit, decimal places or grouping")
        if kind == "Indicator" and (row["filter_hint"] or row["filter_grouping_column"]):
            problems.append(f"meta: indicator {name} has a filter's hint or grouping column")
        if row["indicator_unit"] not in INDICATOR_UNITS:
            problems.append(f"meta: {name}'s indicator_unit {row['indicator_unit']!r} is not EES's")
        if row["indicator_dp"] and not re.fullmatch(r"\d+", row["indicator_dp"]):
            problems.append(f"meta: {name}'s indicator_dp must be blank or a whole number of 0 or more")
    return problems


def check_agreement(data_header, data_rows, meta_rows):
    problems = []
    described = {row["col_name"] for row in meta_rows} | {
        row["filter_grouping_column"] for row in meta_rows if row["filter_grouping_column"]}
    absent = sorted(described - set(data_header))
    if absent:
        problems.append(f"meta and data: the meta file describes {', '.join(absent)}, which the data lacks")
    for column in data_header:
        if column in OBSERVATIONAL or column in described:
            continue
        if len({row[column] for row in data_rows}) > 1:
            problems.append(f"meta and data: {column} varies in the data but has no meta row")
    for row in meta_rows:
        if row["col_type"] == "Filter" and row["col_name"] in data_header:
            if len({data[row["col_name"]] for data in data_rows}) < 2:
                problems.append(f"meta and data: filter {row['col_name']} has fewer than two values")
    return problems


def check(data_path, meta_path=None):
    """The broken rules of a data file and, if given, its meta file."""
    header, rows = read(data_path)
    if not header:
        return ["the data file is empty"]
    if meta_path:
        meta_header, meta_rows = read(meta_path)
        problems = check_meta(meta_header, meta_rows)
        if problems:
            return problems
        filters = [row["col_name"] for row in meta_rows if row["col_type"] == "Filter"]
        indicators = [row["col_name"] for row in meta_rows if row["col_type"] == "Indicator"]
        return check_data(header, rows, filters, indicators) + check_agreement(header, rows, meta_rows)
    indicators = [column for column in header if column in DEFAULT_INDICATORS]
    filters = [column for column in header if column not in OBSERVATIONAL and column not in DEFAULT_INDICATORS]
    return check_data(header, rows, filters, indicators)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", help="the data file")
    parser.add_argument("--meta", help="its EES metadata file")
    arguments = parser.parse_args()
    problems = check(arguments.data, arguments.meta)
    for problem in problems:
        print(f"{arguments.data}: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"{arguments.data}: meets EES's data standards" + (" with its meta file" if arguments.meta else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
