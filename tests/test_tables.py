"""Tables flattened to text ("a | b | c" lines, CSV rows, fixed-width columns), as converters write them: each row a meeting."""

from __future__ import annotations

from mekong_tracker import process
from mekong_tracker.clean.boilerplate import find_boilerplate
from mekong_tracker.clean.normalize import fold
from mekong_tracker.clean.tables import find_tables

REPORT = (
    "Mekong River Commission | Publications | Annual Reports\n\n"
    "The Fourth MRC Summit took place on 5 April 2023 in Vientiane.\n\n"
    "Table 2. MRC Summits since 2010\n"
    "Summit | Year | Venue | Declaration\n"
    "1st | 2010 | Hua Hin, Thailand | Hua Hin Declaration\n"
    "2nd | 2014 | Ho Chi Minh City, Viet Nam | Ho Chi Minh City Declaration\n"
    "3rd | 2018 | Siem Reap, Cambodia | Siem Reap Declaration\n"
)


def test_a_table_is_found_with_its_caption_and_a_menu_is_not() -> None:
    tables = find_tables(REPORT)
    assert len(tables) == 1
    table = tables[0]
    assert REPORT[slice(*table.caption)] == "Table 2. MRC Summits since 2010"  # type: ignore[misc]
    assert [REPORT[slice(*c)] for c in table.header[1]] == ["Summit", "Year", "Venue", "Declaration"]
    assert [REPORT[slice(*c)] for c in table.rows[2][1]] == ["3rd", "2018", "Siem Reap, Cambodia", "Siem Reap Declaration"]
    # the menu line is boilerplate, the table's lines are not
    spans = find_boilerplate(REPORT, fold(REPORT))
    marked = [REPORT[s:e] for s, e in spans]
    assert marked == ["Mekong River Commission | Publications | Annual Reports"]


def test_a_line_of_links_over_a_line_of_dates_is_no_table() -> None:
    text = "Home | News | World | Sports\nBy Ann Lee | 11 January 2018 | 07:05 ICT | Print\n\nBody."
    assert find_tables(text) == []


def test_each_row_is_an_edition_of_the_meeting_the_caption_names() -> None:
    found = {m.ordinal: m for m in process(REPORT, "en", "2024-06-14").meetings}
    assert set(found) == {1, 2, 3, 4}
    third = found[3]
    assert (third.framework, third.level, third.date, third.city, third.country) == ("MRC", "summit", "2018", "Siem Reap", "KH")
    assert third.documents == ["Siem Reap Declaration"]
    row = "3rd | 2018 | Siem Reap, Cambodia | Siem Reap Declaration"
    assert {ev.sentence for name in ("date", "city", "documents") for ev in third.evidence[name]} == {row}
    assert third.evidence["framework"][0].sentence == "MRC Summits since 2010"  # the caption, past "Table 2."
    assert found[4].city == "Vientiane"  # the prose, not the table


def test_a_vietnamese_table_with_roman_editions_and_documents_split_by_semicolons() -> None:
    text = (
        "Bảng 2. Các Hội nghị Thượng đỉnh GMS đã tổ chức\n"
        "Hội nghị | Thời gian | Địa điểm | Văn kiện chính\n"
        "GMS-V | 12/2014 | Băng Cốc, Thái Lan | Tuyên bố chung\n"
        "GMS-VI | 3/2018 | Hà Nội, Việt Nam | Kế hoạch hành động Hà Nội giai đoạn 2018-2022; Khung đầu tư khu vực 2022\n"
    )
    found = {m.ordinal: m for m in process(text, "vi", "2019-05-20").meetings}
    assert (found[5].date, found[5].city, found[5].country) == ("2014-12", "Băng Cốc", "TH")
    assert (found[6].framework, found[6].level, found[6].date) == ("GMS", "summit", "2018-03")
    assert found[6].documents == ["Kế hoạch hành động Hà Nội giai đoạn 2018-2022", "Khung đầu tư khu vực 2022"]


def test_a_row_naming_its_meeting_in_full_gives_its_cells_to_that_meeting_not_to_its_host() -> None:
    text = (
        "Bảng 1. Các hội nghị chính trong năm 2019\n"
        "TT | Hội nghị | Thời gian | Địa điểm | Kết quả chính\n"
        "1 | Hội nghị Cấp cao ASEAN lần thứ 35 | 02-04/11/2019 | Bangkok, Thái Lan | Thủ tướng dự và phát biểu\n"
        "2 | Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 11 (bên lề Hội nghị Cấp cao ASEAN lần thứ 35) | 04/11/2019 "
        "| Bangkok, Thái Lan | Thông qua Sáng kiến Mekong - Nhật Bản về các Mục tiêu Phát triển bền vững\n"
    )
    found = {m.framework: m for m in process(text, "vi", "2020-01-15").meetings}
    assert (found["ASEAN"].date, found["ASEAN"].date_end, found["ASEAN"].city) == ("2019-11-02", "2019-11-04", "Bangkok")
    assert found["ASEAN"].documents == []
    japan = found["MJC"]
    assert (japan.ordinal, japan.date, japan.city) == (11, "2019-11-04", "Bangkok")
    assert japan.documents == ["Sáng kiến Mekong - Nhật Bản về các Mục tiêu Phát triển bền vững"]


def test_a_caption_naming_a_level_alone_is_of_the_framework_the_page_names_most_and_an_online_cell_is_the_format() -> None:
    text = (
        "Hợp tác Mê Công - Lan Thương\n\n"
        "Hợp tác Mê Công - Lan Thương là cơ chế hợp tác tiểu vùng giữa Trung Quốc và năm nước Mê Công.\n\n"
        "Các hội nghị cấp cao [sửa]\n"
        "Lần | Thời gian | Địa điểm | Văn kiện chính\n"
        "1 | 23/3/2016 | Tam Á, Trung Quốc | Tuyên bố Tam Á\n"
        "3 | 24/8/2020 | Trực tuyến | Tuyên bố Viêng Chăn\n"
    )
    found = {(m.framework, m.level, m.ordinal): m for m in process(text, "vi", "2024-02-03").meetings}
    first, third = found[("LMC", "summit", 1)], found[("LMC", "summit", 3)]
    assert (first.date, first.city, first.format) == ("2016-03-23", "Tam Á", None)
    assert (third.date, third.city, third.format, third.documents) == ("2020-08-24", None, "online", ["Tuyên bố Viêng Chăn"])


def test_a_table_under_a_caption_naming_no_meeting_is_of_the_meeting_the_pages_title_names() -> None:
    text = (
        "Danh sách Hội nghị Cấp cao Tiểu vùng Mê Công mở rộng\n\n"
        "Hội nghị Cấp cao GMS được tổ chức khoảng ba năm một lần, luân phiên giữa các nước thành viên.\n\n"
        "Danh sách [sửa]\n"
        "Lần | Thời gian | Địa điểm | Nước chủ nhà | Văn kiện chính\n"
        "1 | 11/2002 | Phnôm Pênh | Campuchia | —\n"
        "2 | 7/2005 | Côn Minh | Trung Quốc | Tuyên bố Côn Minh\n"
    )
    found = {(m.framework, m.level, m.ordinal): m for m in process(text, "vi", "2024-11-18").meetings}
    second = found[("GMS", "summit", 2)]
    assert (second.date, second.city, second.country, second.documents) == ("2005-07", "Côn Minh", "CN", ["Tuyên bố Côn Minh"])
    assert found[("GMS", "summit", 1)].date == "2002-11"


def test_a_wikis_contents_end_at_the_table_of_its_section_whose_rows_may_end_in_an_empty_cell() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao Hợp tác Mê Công – Lan Thương\n"
        "Bách khoa toàn thư mở Wikipedia\n\n"
        "Hội nghị họp hằng năm, do Trung Quốc và một nước Mê Công luân phiên đồng chủ trì.\n\n"
        "Mục lục\n1 Danh sách các hội nghị\n2 Chú thích\n\n"
        "Danh sách các hội nghị [sửa | sửa mã nguồn]\n"
        "Lần | Thời gian | Địa điểm | Ghi chú\n"
        "1 | 12 tháng 11 năm 2015 | Cảnh Hồng, Trung Quốc | Khởi động cơ chế\n"
        "2 | 23 tháng 12 năm 2016 | Siem Reap, Campuchia |\n"
        "3 | 15 tháng 12 năm 2017 | Đại Lý, Trung Quốc |\n\n"
        "Chú thích [sửa | sửa mã nguồn]\n"
        '^ "Hợp tác Mê Công – Lan Thương: cơ chế và triển vọng". Nghiên cứu Quốc tế. Truy cập ngày 20 tháng 9 năm 2024.\n'
        '^ "Lancang-Mekong foreign ministers meet in Chiang Mai". Bangkok Post. Truy cập ngày 20 tháng 9 năm 2024.\n'
    )
    (table,) = find_tables(text)
    assert len(table.rows) == 3 and table.rows[1][1][-1][0] == table.rows[1][1][-1][1]  # "... Campuchia |": its note is empty
    found = {m.ordinal: m for m in process(text, "vi", "2024-10-02").meetings}
    assert sorted(found) == [1, 2, 3]
    assert {(m.framework, m.level) for m in found.values()} == {("LMC", "foreign_ministers")}
    assert (found[2].date, found[2].city, found[2].country) == ("2016-12-23", "Siem Reap", "KH")


CSV = (
    "mekong-data / data / summits.csv\n\n"
    "summit_no,date,city,country,chair,format,key_documents\n"
    '1,2002-11-03,Phnom Penh,Cambodia,Hun Sen,in person,"Joint Summit Declaration"\n'
    '2,2005-07-04/2005-07-05,Kunming,China,Wen Jiabao,in person,"Kunming Declaration"\n'
    '7,2021-09-09,,,Hun Sen,virtual,"Strategic Framework 2030; Action Plan, 2021"\n\n'
    "One row per summit of the Greater Mekong Subregion (GMS) programme.\n"
)


def test_a_spreadsheets_rows_pasted_as_csv_are_a_table_a_quoted_cell_holding_commas() -> None:
    (table,) = find_tables(CSV)
    assert [CSV[slice(*c)] for c in table.header[1]][:3] == ["summit_no", "date", "city"]
    assert [CSV[slice(*c)] for c in table.rows[2][1]][-2:] == ["virtual", "Strategic Framework 2030; Action Plan, 2021"]
    assert find_tables("Leaders of Cambodia,Laos,Myanmar met.\nThey agreed, on 5 May, to meet again.\n") == []


def test_each_csv_row_is_an_edition_of_the_meeting_its_edition_column_names_of_the_pages_framework() -> None:
    found = {m.ordinal: m for m in process(CSV, "en", "2021-12-02").meetings}
    assert sorted(found) == [1, 2, 7]
    assert {m.framework for m in found.values()} == {"GMS"}
    assert (found[2].date, found[2].date_end, found[2].city) == ("2005-07-04", "2005-07-05", "Kunming")
    assert (found[7].date, found[7].format, found[7].chairs) == ("2021-09-09", "online", ["Hun Sen"])
    assert found[1].documents == ["Joint Summit Declaration"]


def test_a_markdown_tables_rule_is_no_row_and_a_notes_front_matter_is_no_title() -> None:
    text = (
        "---\ntitle: MRC – Hội nghị cấp cao\ncreated: 2023-04-08\n---\n\n"
        "| Lần | Ngày | Địa điểm | Chủ trì |\n|---|:---:|---|---|\n"
        "| 1 | 05/04/2010 | Hua Hin, Thái Lan | TT Abhisit Vejjajiva |\n"
        "| 2 | 05/04/2014 | TP Hồ Chí Minh, Việt Nam | TT Nguyễn Tấn Dũng |\n"
    )
    (table,) = find_tables(text)
    assert len(table.rows) == 2
    found = {m.ordinal: m for m in process(text, "vi", "2023-04-09").meetings}
    assert {(m.framework, m.level) for m in found.values()} == {("MRC", "summit")}
    assert (found[1].date, found[1].chairs) == ("2010-04-05", ["Abhisit Vejjajiva"])  # "TT", Thủ tướng, is a title


def test_a_row_of_something_done_about_a_meeting_is_none_of_its_editions() -> None:
    text = (
        "ngay,su_kien,hinh_thuc,phu_trach\n"
        '01/09/2020,"Phỏng vấn Vụ trưởng về chuẩn bị AMM-53",ghi hình,Hoàng Anh\n'
        '09/09/2020,"Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53",trực tuyến,Hoàng Anh\n'
        '12/09/2020,"Tổng hợp ảnh",—,Tổ ảnh\n'
    )
    (m,) = process(text, "vi", "2020-09-30").meetings
    assert (m.framework, m.ordinal, m.date, m.format) == ("ASEAN", 53, "2020-09-09", "online")


def test_a_transposed_tables_columns_are_meetings_and_its_rows_their_fields() -> None:
    text = (
        "## So sánh 2 hội nghị cấp cao gần nhất\n\n"
        "| | Cấp cao GMS 6 | Cấp cao GMS 7 |\n|---|---|---|\n"
        "| Ngày | 31/3/2018 | 9/9/2021 |\n"
        "| Nơi họp | Hà Nội | trực tuyến |\n"
        "| Chủ trì | Thủ tướng Nguyễn Xuân Phúc | Thủ tướng Campuchia Hun Sen |\n"
    )
    (table,) = find_tables(text)
    assert table.transposed
    found = {m.ordinal: m for m in process(text, "vi", "2021-09-14").meetings}
    assert (found[6].date, found[6].city, found[6].chairs) == ("2018-03-31", "Hà Nội", ["Nguyễn Xuân Phúc"])
    assert (found[7].date, found[7].format, found[7].chairs) == ("2021-09-09", "online", ["Hun Sen"])
    evidence = found[7].evidence["date"][0]
    assert evidence.sentence.startswith("| Ngày")  # the row that gives it


def test_a_grids_rule_is_no_row_and_a_pointer_to_a_section_is_no_document() -> None:
    text = (
        "PHỤ LỤC 2. DANH MỤC CÁC HỘI NGHỊ CẤP CAO GMS\n\n"
        "TT | Hội nghị                 | Thời gian | Địa điểm              | Văn kiện chính\n"
        "---+--------------------------+-----------+-----------------------+----------------\n"
        "1  | Cấp cao GMS lần thứ nhất | 11/2002   | Phnôm Pênh, Campuchia | —\n"
        "2  | Cấp cao GMS lần thứ 4    | 12/2011   | Nay Pyi Taw, Myanmar  | Khung Chiến lược GMS 2012 - 2022\n"
        "3  | Cấp cao GMS lần thứ 6    | 3/2018    | Hà Nội, Việt Nam      | xem mục 3.1\n"
    )
    (table,) = find_tables(text)
    assert len(table.rows) == 3
    found = {m.ordinal: m for m in process(text, "vi", "2024-05-20").meetings}
    assert sorted(found) == [1, 4, 6]
    assert (found[1].date, found[1].city) == ("2002-11", "Phnôm Pênh")
    assert found[4].documents == ["Khung Chiến lược GMS 2012 - 2022"]
    assert found[6].documents == []


FIXED_WIDTH = (
    "Bảng 1. Các hội nghị cấp cao năm 2018\n"
    "\n"
    " TT  Hội nghị                    Ngày         Địa điểm             Văn kiện chính\n"
    " --  --------------------------  -----------  -------------------  ---------------------------\n"
    " 1   Cấp cao Mê Công - Lan       10/01/2018   Phnom Penh,          Tuyên bố Phnom Penh\n"
    "     Thương lần thứ 2                         Campuchia\n"
    " 2   Cấp cao ACMECS lần thứ 8    16/6/2018    Băng Cốc, Thái Lan   Kế hoạch tổng thể ACMECS\n"
    "                                                                   2019-2023\n"
    "\n"
    "Nguồn: Vụ Hợp tác kinh tế đa phương tổng hợp.\n"
)


def test_a_fixed_width_table_is_read_by_its_rules_columns_a_long_cell_going_on_under_its_row() -> None:
    (table,) = find_tables(FIXED_WIDTH)
    assert FIXED_WIDTH[slice(*table.caption)] == "Bảng 1. Các hội nghị cấp cao năm 2018"  # type: ignore[misc]  # over a blank line
    assert [FIXED_WIDTH[slice(*c)] for c in table.header[1]] == ["TT", "Hội nghị", "Ngày", "Địa điểm", "Văn kiện chính"]
    assert [FIXED_WIDTH[slice(*c)] for c in table.rows[0][1]] == [
        "1",
        "Cấp cao Mê Công - Lan",
        "10/01/2018",
        "Phnom Penh,",
        "Tuyên bố Phnom Penh",
    ]
    assert {k: [FIXED_WIDTH[slice(*c)] for c in cs] for k, cs in table.wrapped.items()} == {
        (0, 1): ["Thương lần thứ 2"],
        (0, 3): ["Campuchia"],
        (1, 4): ["2019-2023"],
    }
    # a row is its lines, the source's note under the table none of them
    assert FIXED_WIDTH[slice(*table.rows[1][0])].endswith("2019-2023")
    people = "Name      Post             Country\n--------  ---------------  -------\n"
    people += "Ann Lee   Minister         Laos\nBo Kim    Deputy Minister  Korea\n"
    assert find_tables(people) == []  # rows of no figure: no table of meetings


def test_a_wrapped_cell_is_read_whole_and_its_values_point_at_where_they_stand() -> None:
    found = {m.framework: m for m in process(FIXED_WIDTH, "vi", "2018-12-28").meetings}
    lmc, acmecs = found["LMC"], found["ACMECS"]
    assert (lmc.level, lmc.ordinal, lmc.date, lmc.city, lmc.country) == ("summit", 2, "2018-01-10", "Phnom Penh", "KH")
    assert acmecs.documents == ["Kế hoạch tổng thể ACMECS 2019-2023"]
    assert lmc.evidence["ordinal"][0].text == "lần thứ 2"  # on the line under the row, as stored
    title = acmecs.evidence["documents"][0]
    assert title.text.startswith("Kế hoạch tổng thể ACMECS") and title.text.endswith("2019-2023")


def test_an_outcome_column_gives_the_titles_its_cells_hold_alone_and_not_words_about_the_meeting() -> None:
    report = (
        "Table 1: GMS Summits\n\n"
        "No. | Date | Venue | Selected outcome\n"
        "1st | 3 Nov 2002 | Phnom Penh, Cambodia | First meeting of GMS leaders\n"
        "3rd | 31 Mar 2008 | Vientiane, Lao PDR | Vientiane Plan of Action 2008-2012\n"
        "4th | 19-20 Dec 2011 | Nay Pyi Taw, Myanmar | Leaders adopted the New GMS Strategic Framework 2012-2022\n"
    )
    found = {m.ordinal: m for m in process(report, "en", "2019-06-14").meetings}
    assert found[1].documents == []
    assert found[3].documents == ["Vientiane Plan of Action 2008-2012"]
    assert found[4].documents == ["New GMS Strategic Framework 2012-2022"]  # a verb's title, as in any column


SPACED = (
    "Appendix A: Selected Mekong meetings, 2018\n"
    "\n"
    "Date              Meeting                                     Venue                  Outcome documents\n"
    "10 January 2018   Second Lancang-Mekong Cooperation Leaders'  Phnom Penh, Cambodia   Phnom Penh Declaration;\n"
    "                  Meeting                                                            Five-Year Plan of Action\n"
    "31 March 2018     Sixth GMS Summit                            Hanoi, Vietnam         Hanoi Action Plan 2018-2022\n"
    "\n"
    "Source: secretariats' websites.\n"
)


def test_a_fixed_width_table_without_a_rule_is_read_by_where_its_headers_and_first_row_start() -> None:
    (table,) = find_tables(SPACED)
    assert [SPACED[slice(*c)] for c in table.header[1]] == ["Date", "Meeting", "Venue", "Outcome documents"]
    assert [SPACED[slice(*c)] for c in table.rows[1][1]] == [
        "31 March 2018",
        "Sixth GMS Summit",
        "Hanoi, Vietnam",
        "Hanoi Action Plan 2018-2022",
    ]
    assert {k: [SPACED[slice(*c)] for c in cs] for k, cs in table.wrapped.items()} == {
        (0, 1): ["Meeting"],
        (0, 3): ["Five-Year Plan of Action"],
    }
    found = {m.framework: m for m in process(SPACED, "en", "2019-02-14").meetings}
    assert (found["LMC"].ordinal, found["LMC"].city, found["LMC"].country) == (2, "Phnom Penh", "KH")
    assert found["GMS"].documents == ["Hanoi Action Plan 2018-2022"]
    # words apart by wide spaces over a line that starts nowhere near them: prose laid out by a converter, no table
    prose = "Summary   Mekong   Cooperation\nThe ministers met in Vientiane on 4 August 2016 to review the plan.\n"
    assert find_tables(prose) == []


def test_a_csv_export_split_by_semicolons_is_a_table_and_every_row_counts_though_no_cell_ends_a_sentence() -> None:
    export = (
        "STT;Ten_hoi_nghi;Thoi_gian;Dia_diem;Hinh_thuc;Chu_tri;Ghi_chu\n"
        "1;Hội nghị Liên hợp quốc về Nước 2023;22/03/2023;New York, Hoa Kỳ;Trực tiếp;;Đoàn liên ngành do Bộ Ngoại giao chủ trì, "
        "có đại diện Văn phòng\n"
        "2;Hội nghị cấp cao Ủy hội sông Mê Công quốc tế lần thứ 4;05/04/2023;Viêng Chăn, Lào;Trực tiếp;"
        "Thủ tướng Lào Sonexay Siphandone;Thủ tướng dự và phát biểu\n"
        "3;Hội nghị Quan chức cao cấp Mê Công - Hoa Kỳ;23/08/2023;;Trực tuyến;;Đại diện Văn phòng tham gia đoàn liên ngành do Bộ "
        "Ngoại giao\n"
        "4;Phiên họp lần thứ 30 Hội đồng Ủy hội sông Mê Công quốc tế;13/12/2023;Luông Pha Băng, Lào;Trực tiếp;;Bộ trưởng dẫn đầu "
        "đoàn Việt Nam\n"
    )
    (table,) = find_tables(export)
    assert [export[slice(*c)] for c in table.rows[2][1]][3:5] == ["", "Trực tuyến"]
    # rows of about one width with no cell ending in a full stop, read as the lines of one paragraph: each row still counts
    found = {(m.framework, m.level): m for m in process(export, "vi", "2023-12-28").meetings}
    assert set(found) == {("MRC", "summit"), ("MUSP", "senior_officials"), ("MRC", "ministerial")}
    mrc, musp = found["MRC", "summit"], found["MUSP", "senior_officials"]
    assert (mrc.ordinal, mrc.date, mrc.city, mrc.format, mrc.chairs) == (4, "2023-04-05", "Viêng Chăn", "in_person", ["Sonexay Siphandone"])
    assert (musp.date, musp.format) == ("2023-08-23", "online")
    assert find_tables("Tin tức;Văn bản;Liên hệ\nTrang chủ; Giới thiệu\n") == []  # a menu split by semicolons is none


def test_an_edition_column_numbers_the_rows_meeting_and_end_dates_in_their_own_column_close_its_days() -> None:
    export = (
        "no,meeting_name,edition,start_date,end_date,city,format,chairs\n"
        "1,Mekong-ROK Foreign Ministers' Meeting,1,2011-10-27,2011-10-28,Seoul,In-person,Kim Sung-hwan\n"
        '2,Mekong-ROK Foreign Ministers\' Meeting,11,2021-09-08,,Seoul,Hybrid,"Chung Eui-yong; Prak Sokhonn"\n'
        "3,Mekong-ROK Summit,3,2021-10-28,,,Virtual,\n"
    )
    found = {(m.level, m.ordinal): m for m in process(export, "en", "2023-05-10").meetings}
    assert set(found) == {("foreign_ministers", 1), ("foreign_ministers", 11), ("summit", 3)}  # not one meeting of each level
    first = found["foreign_ministers", 1]
    assert (first.date, first.date_end, first.city) == ("2011-10-27", "2011-10-28", "Seoul")
    assert first.evidence["date_end"][0].text == "2011-10-27,2011-10-28"  # both cells, as stored
    assert first.evidence["ordinal"][0].text == "1"
    assert (found["foreign_ministers", 11].date_end, found["foreign_ministers", 11].chairs) == (None, ["Chung Eui-yong", "Prak Sokhonn"])
    assert found["summit", 3].format == "online"


def test_cells_copied_from_a_spreadsheet_are_split_by_tabs_past_its_row_numbers() -> None:
    sheet = (
        "\tA\tB\tC\tD\tE\n"
        "4\tSTT\tTên hội nghị\tLần thứ\tNgày bắt đầu\tNgày kết thúc\tĐịa điểm\n"
        "5\t1\tHội nghị Bộ trưởng Kinh tế CLMV\t10\t30/08/2018\t30/08/2018\tSingapore, Singapore\n"
        "6\t2\tHội nghị Bộ trưởng Kinh tế CLMV\t11\t08/09/2019\t10/09/2019\tBăng Cốc, Thái Lan\n"
    )
    (table,) = find_tables(sheet)
    assert [sheet[slice(*c)] for c in table.header[1]][:3] == ["STT", "Tên hội nghị", "Lần thứ"]
    found = {m.ordinal: m for m in process(sheet, "vi").meetings}
    assert (found[10].level, found[10].date, found[10].date_end, found[10].city) == ("ministerial", "2018-08-30", None, "Singapore")
    assert (found[11].date, found[11].date_end, found[11].country) == ("2019-09-08", "2019-09-10", "TH")


def test_a_calendars_dates_column_and_expected_outputs_give_the_days_and_the_titles_alone() -> None:
    calendar = (
        "Ref\tDate(s)\tEvent\tVenue\tExpected outputs\n"
        "Q4-02\t5 Nov 2024\tGMS Senior Officials' Meeting (SOM)\tKunming, PRC\tClearance of draft summit documents\n"
        "Q4-04\t7 Nov 2024\t8th GMS Summit of Leaders\tKunming, PRC\tKunming Declaration; GMS Innovation Strategy for Development 2030\n"
    )
    found = {m.level: m for m in process(calendar, "en", "2024-10-01").meetings}
    assert (found["senior_officials"].date, found["senior_officials"].documents) == ("2024-11-05", [])
    summit = found["summit"]
    assert (summit.ordinal, summit.date, summit.city) == (8, "2024-11-07", "Kunming")
    assert summit.documents == ["Kunming Declaration", "GMS Innovation Strategy for Development 2030"]
