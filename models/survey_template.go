package models

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// SurveyTemplateName is the template's file name without its extension.
const SurveyTemplateName = "需求调研导入模板"

// templateExample is the example row of the template, one need of one
// survey, by column key.
var templateExample = map[string]string{
	"community": "幸福里社区", "title": "2026年春季居民需求调研", "method": SurveyMethodLabels["questionnaire"],
	"conducted_on": "2026-03-15", "respondents": "120", "category": NeedCategoryLabels["elderly_care"],
	"need_title": "老年助餐点", "description": "独居老人希望就近用餐（示例行，导入前请替换为实际数据）", "mentions": "45",
	"priority": NeedPriorityLabels["high"],
}

// templateLists are the columns that take an enum, with their labels.
func templateLists() []struct {
	key    string
	values labelled
} {
	return []struct {
		key    string
		values labelled
	}{{"method", surveyMethodCells}, {"category", needCategoryCells}, {"priority", needPriorityCells}}
}

// SurveyTemplateCSV is the import template as CSV in UTF-8 with a byte
// order mark (so that Excel opens it as UTF-8): the header, the example
// row, and notes listing the allowed values, which the import skips.
func SurveyTemplateCSV() []byte {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	header, example := make([]string, len(surveyImportColumns)), make([]string, len(surveyImportColumns))
	for i, c := range surveyImportColumns {
		header[i], example[i] = c.header, templateExample[c.key]
	}
	_ = w.Write(header)
	_ = w.Write(example)
	// Notes fill the first cell of a row as wide as the others, so that
	// the file stays rectangular for tools that want it so.
	note := func(text string) []string {
		row := make([]string, len(surveyImportColumns))
		row[0] = text
		return row
	}
	for _, l := range templateLists() {
		_ = w.Write(note(fmt.Sprintf("# %s可填：%s", columnHeader(l.key), strings.Join(l.values.names(), "、"))))
	}
	_ = w.Write(note("# 以 # 开头的行为说明，导入时忽略；日期可写 2026-03-15、2026/3/15 或 2026年3月15日"))
	w.Flush()
	return b.Bytes()
}

func columnHeader(key string) string {
	for _, c := range surveyImportColumns {
		if c.key == key {
			return c.header
		}
	}
	return key
}

// Sheet names of the XLSX template.
const (
	templateDataSheet  = "需求调研"
	templateListsSheet = "可选值"
)

// SurveyTemplateXLSX is the import template as a workbook: the header and
// example row on the first sheet, the allowed values of each enum column
// on a second, and drop-down lists on the enum columns drawn from it.
func SurveyTemplateXLSX() ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", templateDataSheet); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet(templateListsSheet); err != nil {
		return nil, err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return nil, err
	}
	dateFormat := "yyyy-mm-dd"
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFormat})
	if err != nil {
		return nil, err
	}
	for i, c := range surveyImportColumns {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetCellStr(templateDataSheet, col+"1", c.header); err != nil {
			return nil, err
		}
		var v any = templateExample[c.key]
		switch c.key {
		case "conducted_on":
			v = Date(templateExample[c.key]).Time()
			if err := f.SetColStyle(templateDataSheet, col, dateStyle); err != nil {
				return nil, err
			}
		case "respondents", "mentions":
			n, _ := wholeNumber(templateExample[c.key])
			v = n
		}
		if err := f.SetCellValue(templateDataSheet, col+"2", v); err != nil {
			return nil, err
		}
		width := 14.0
		if c.key == "title" || c.key == "need_title" || c.key == "description" {
			width = 28
		}
		if err := f.SetColWidth(templateDataSheet, col, col, width); err != nil {
			return nil, err
		}
	}
	if err := f.SetCellStyle(templateDataSheet, "A1", "J1", bold); err != nil {
		return nil, err
	}
	if err := f.SetPanes(templateDataSheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	for i, l := range templateLists() {
		listCol, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetCellStr(templateListsSheet, listCol+"1", columnHeader(l.key)); err != nil {
			return nil, err
		}
		names := l.values.names()
		for j, name := range names {
			if err := f.SetCellStr(templateListsSheet, fmt.Sprintf("%s%d", listCol, j+2), name); err != nil {
				return nil, err
			}
		}
		dataCol, _ := excelize.ColumnNumberToName(columnIndex(l.key) + 1)
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(fmt.Sprintf("%s2:%s%d", dataCol, dataCol, MaxImportRows+1))
		dv.SetSqrefDropList(fmt.Sprintf("'%s'!$%s$2:$%s$%d", templateListsSheet, listCol, listCol, len(names)+1))
		if err := f.AddDataValidation(templateDataSheet, dv); err != nil {
			return nil, err
		}
	}
	if err := f.SetCellStyle(templateListsSheet, "A1", "C1", bold); err != nil {
		return nil, err
	}
	f.SetActiveSheet(0)
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func columnIndex(key string) int {
	for i, c := range surveyImportColumns {
		if c.key == key {
			return i
		}
	}
	return -1
}
