"""Each rule of ees_check.py refuses a file that breaks it, and a file that keeps them all passes.

    python3 -m unittest discover -s scripts -p 'test_*.py'
"""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ees_check  # noqa: E402

HEADER = ("time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
          "old_la_code,new_la_code,la_name,institution_id,institution_name,comparator_group,indicator,value,"
          "numerator,denominator,status")
NATIONAL = "202223,Financial year,National,E92000001,England,,,,,,,,Own figures,CL_EET_1921,55,x,x,final"
REGIONAL = "202223,Financial year,Regional,E92000001,England,E12000005,West Midlands,,,,,,Own figures,CL_EET_1921,52,x,x,final"
WALSALL = ("202223,Financial year,Local authority,E92000001,England,E12000005,West Midlands,335,E08000030,Walsall,,,"
           "Own figures,CL_EET_1921,54,40,74,final")
NEIGHBOURS = ("202223,Financial year,Local authority,E92000001,England,E12000005,West Midlands,335,E08000030,Walsall,,,"
              "Walsall's statistical neighbours (average),CL_EET_1921,50,x,x,final")
AGENCY = ("202223,Financial year,Institution,E92000001,England,,,,,,E90000001,Adoption@Heart,Own figures,"
          "ADOPT_PLACED,c,c,c,final")
META = """col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column
comparator_group,Filter,Comparator group,,,,Own figures or neighbours,
indicator,Filter,Indicator,,,,Promise's code,
value,Indicator,Value,,,0,,
numerator,Indicator,Numerator,,,0,,
denominator,Indicator,Denominator,,,0,,
"""
GOOD = [HEADER, NATIONAL, REGIONAL, WALSALL, NEIGHBOURS, AGENCY]


class EesCheckTest(unittest.TestCase):

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def write(self, name, text):
        path = os.path.join(self.folder.name, name)
        with open(path, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        return path

    def problems(self, lines, meta=META):
        data = self.write("data.csv", "\n".join(lines) + "\n")
        return ees_check.check(data, self.write("data.meta.csv", meta) if meta is not None else None)

    def assertRefused(self, lines, words, meta=META):
        problems = self.problems(lines, meta)
        self.assertTrue(any(words in problem for problem in problems), f"{words!r} not in {problems}")

    def test_a_file_that_keeps_every_rule_passes_with_and_without_its_meta_file(self):
        self.assertEqual([], self.problems(GOOD))
        self.assertEqual([], self.problems(GOOD, meta=None))

    def test_column_names_are_snake_case_and_the_required_ones_are_there(self):
        self.assertRefused([HEADER.replace("status", "Status")] + GOOD[1:], "snake_case")
        self.assertRefused([HEADER.replace("country_name", "country")] + GOOD[1:], "required country_name")

    def test_geographic_level_is_from_eess_vocabulary(self):
        self.assertRefused(GOOD + [WALSALL.replace("Local authority", "Statistical neighbours")],
                           "not EES's: Statistical neighbours")

    def test_each_level_fills_its_geography(self):
        self.assertRefused(GOOD + [WALSALL.replace(",335,", ",,").replace("Own figures", "Other")],
                           "old_la_code is blank in a Local authority row")
        self.assertRefused(GOOD + [REGIONAL.replace("West Midlands", "")], "region_name is blank in a Regional row")
        self.assertRefused(GOOD + [AGENCY.replace("E90000001", "").replace("ADOPT_PLACED", "ADOPT_X")],
                           "institution_id is blank in a Institution row")

    def test_a_level_leaves_the_geography_of_places_within_it_empty(self):
        self.assertRefused([HEADER, NATIONAL.replace("England,,", "England,E12000005,"), REGIONAL, WALSALL,
                            NEIGHBOURS], "region_code is filled in National rows")
        self.assertRefused([HEADER, NATIONAL, REGIONAL.replace(",,,,,,Own", ",,E08000030,,,,Own"), WALSALL,
                            NEIGHBOURS], "new_la_code is filled in Regional rows")

    def test_time_identifiers_are_eess_and_each_has_one_time_period_shape(self):
        self.assertRefused(GOOD + [WALSALL.replace("Financial year", "Rolling three years")],
                           "not EES's: 'Rolling three years'")
        self.assertRefused(GOOD + [WALSALL.replace("202223,Financial year", "2023,Financial year")],
                           "Financial year needs 6 digits")
        self.assertRefused(GOOD + [WALSALL.replace("202223,Financial year", "202223,Reporting year")],
                           "Reporting year needs 4 digits")
        self.assertRefused(GOOD + [WALSALL.replace("202223,", "202224,")], "two consecutive years")

    def test_a_file_holds_time_identifiers_of_one_kind(self):
        self.assertRefused(GOOD + [WALSALL.replace("202223,Financial year", "2023,Reporting year")],
                           "mixes kinds EES keeps apart: Financial year, Reporting year")
        self.assertRefused([HEADER, WALSALL.replace("202223,Financial year", "2023,October"),
                            WALSALL.replace("202223,Financial year", "202324,Financial year Q1")],
                           "mixes kinds EES keeps apart")
        months = [HEADER, WALSALL.replace("202223,Financial year", "2023,October"),
                  WALSALL.replace("202223,Financial year", "2024,February")]
        self.assertEqual([], self.problems(months, meta=None))

    def test_indicators_hold_numbers_or_gss_symbols_and_are_never_blank(self):
        self.assertRefused(GOOD + [WALSALL.replace(",54,40,74,", ",,40,74,").replace("202223", "202122")],
                           "indicator value holds ''")
        self.assertRefused(GOOD + [WALSALL.replace(",54,40,74,", ",:,40,74,").replace("202223", "202122")],
                           "indicator value holds ':'")

    def test_filters_have_no_blank_cell(self):
        self.assertRefused(GOOD + [WALSALL.replace("Own figures", "").replace("CL_EET_1921", "CL_X")],
                           "comparator_group has a blank cell")

    def test_no_null_symbols(self):
        self.assertRefused(GOOD + [WALSALL.replace("CL_EET_1921", "NA")], "holds NA")

    def test_no_two_rows_share_time_geography_and_filters(self):
        self.assertRefused(GOOD + [WALSALL.replace(",54,", ",53,")], "repeats an earlier row")

    def test_the_meta_file_has_eess_columns_and_rules(self):
        self.assertRefused(GOOD, "required filter_grouping_column", META.replace(",filter_grouping_column", ""))
        self.assertRefused(GOOD, "col_type is 'Measure'", META.replace("value,Indicator", "value,Measure"))
        self.assertRefused(GOOD, "a label is given twice", META.replace("Numerator", "Value"))
        self.assertRefused(GOOD, "indicator_unit 'percent' is not EES's",
                           META.replace("value,Indicator,Value,,,0", "value,Indicator,Value,,percent,0"))
        self.assertRefused(GOOD, "indicator_dp must be blank or a whole number",
                           META.replace("value,Indicator,Value,,,0", "value,Indicator,Value,,,-1"))
        self.assertRefused(GOOD, "filter indicator has an indicator's unit",
                           META.replace("indicator,Filter,Indicator,,,", "indicator,Filter,Indicator,,%,"))
        self.assertRefused(GOOD, "la_name is a time or geography column", META + "la_name,Filter,Name,,,,,\n")

    def test_the_meta_file_agrees_with_the_data(self):
        self.assertRefused(GOOD, "describes target, which the data lacks", META + "target,Indicator,Target,,,0,,\n")
        self.assertRefused(GOOD, "indicator varies in the data but has no meta row",
                           META.replace("indicator,Filter,Indicator,,,,Promise's code,\n", ""))
        self.assertRefused(GOOD, "filter status has fewer than two values", META + "status,Filter,Status,,,,Final,\n")


if __name__ == "__main__":
    unittest.main()
