/// The report's charts: inline SVG bars drawn here, no script, each with a title, axis
/// labels and the same numbers as a table beneath it (its text equivalent).
///
/// Every drawn bar is a `rect.bar` carrying its value, and every number it stands for is a
/// `td[data-value]` of the chart's table: the browser test holds the two equal.
struct ReportChart {
    struct Series {
        var name: String
        var color: String
    }

    enum Kind { case rows, columns, groupedRows }

    var id: String
    var title: String
    /// What the categories are ("province", "month of publication").
    var categoryAxis: String
    /// What the bars count ("claims", "documents").
    var valueAxis: String
    var categories: [String]
    var series: [Series]
    /// values[category][series].
    var values: [[Int]]
    var kind: Kind = .rows
    /// Said instead of a chart when every value is 0.
    var emptyText = "Nothing to show."

    static let width = 760
    static let font = 12

    var total: Int { values.reduce(0) { $0 + $1.reduce(0, +) } }

    func html() -> String {
        var out = "<figure class=\"chart\" id=\"\(id)\">\n<figcaption>\(HTMLText.escape(title))</figcaption>\n"
        guard total > 0 else {
            return out + "<p class=\"empty\">\(HTMLText.escape(emptyText))</p>\n</figure>\n"
        }
        switch kind {
        case .rows: out += rowsSVG(grouped: false)
        case .groupedRows: out += rowsSVG(grouped: true)
        case .columns: out += columnsSVG()
        }
        out += table()
        return out + "</figure>\n"
    }

    // MARK: scales

    /// Round tick values from 0 to at least `maximum`, about five of them.
    static func ticks(_ maximum: Int) -> [Int] {
        let rough = max(1, (maximum + 3) / 4)
        var magnitude = 1
        while magnitude * 10 <= rough { magnitude *= 10 }
        let step = [1, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
        let top = max(step, (maximum + step - 1) / step * step)
        return Array(stride(from: 0, through: top, by: step))
    }

    private func legend(y: Int) -> String {
        guard series.count > 1 else { return "" }
        var out = "<g class=\"legend\">"
        var x = 10
        for item in series {
            out += "<rect class=\"swatch\" x=\"\(x)\" y=\"\(y - 10)\" width=\"12\" height=\"12\" fill=\"\(item.color)\"/>"
            out += "<text x=\"\(x + 16)\" y=\"\(y)\">\(HTMLText.escape(item.name))</text>"
            x += 16 + item.name.count * 7 + 18
        }
        return out + "</g>\n"
    }

    private func svgOpen(height: Int, width: Int = ReportChart.width) -> String {
        "<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"\(id)-title\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
            + "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>\n"
    }

    private func barTitle(_ category: String, _ seriesIndex: Int, _ value: Int) -> String {
        let name = series.count > 1 ? " · " + series[seriesIndex].name : ""
        return HTMLText.escape("\(category)\(name): \(HTMLText.number(value)) \(valueAxis)")
    }

    private func bar(x: Int, y: Int, width: Int, height: Int, category: Int, series index: Int, value: Int) -> String {
        "<rect class=\"bar\" x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"\(series[index].color)\" "
            + "data-value=\"\(value)\"><title>\(barTitle(categories[category], index, value))</title></rect>"
    }

    // MARK: horizontal bars

    /// One row per category: its series stacked along it, or side by side (`grouped`).
    private func rowsSVG(grouped: Bool) -> String {
        let labelRight = 226, plotLeft = 232, plotWidth = 430
        let legendHeight = series.count > 1 ? 24 : 0
        let plotTop = legendHeight + 22
        let barHeight = 14, rowHeight = grouped ? series.count * 11 + 9 : 22
        let plotBottom = plotTop + categories.count * rowHeight
        let maximum = grouped ? values.flatMap { $0 }.max() ?? 0 : values.map { $0.reduce(0, +) }.max() ?? 0
        let ticks = Self.ticks(maximum)
        let top = ticks.last ?? 1
        func scaled(_ value: Int) -> Int { value == 0 ? 0 : max(1, value * plotWidth / top) }
        var out = svgOpen(height: plotBottom + 46) + legend(y: 16)
        out += "<text class=\"axis-label category-axis\" x=\"\(labelRight)\" y=\"\(plotTop - 8)\" text-anchor=\"end\">"
            + "\(HTMLText.escape(categoryAxis))</text>\n"
        for tick in ticks {
            let x = plotLeft + scaled(tick)
            out += "<line class=\"grid\" x1=\"\(x)\" y1=\"\(plotTop)\" x2=\"\(x)\" y2=\"\(plotBottom)\"/>"
            out += "<text class=\"tick\" x=\"\(x)\" y=\"\(plotBottom + 15)\" text-anchor=\"middle\">\(HTMLText.number(tick))</text>\n"
        }
        out += "<line class=\"axis\" x1=\"\(plotLeft)\" y1=\"\(plotTop)\" x2=\"\(plotLeft)\" y2=\"\(plotBottom)\"/>\n"
        out += "<text class=\"axis-label value-axis\" x=\"\(plotLeft + plotWidth / 2)\" y=\"\(plotBottom + 36)\" text-anchor=\"middle\">"
            + "\(HTMLText.escape(valueAxis))</text>\n"
        for (row, category) in categories.enumerated() {
            let y = plotTop + row * rowHeight
            out += "<text class=\"category\" x=\"\(labelRight)\" y=\"\(y + rowHeight / 2 + 4)\" text-anchor=\"end\">"
                + "\(HTMLText.escape(HTMLText.shortened(category, 34)))</text>"
            var x = plotLeft
            for (index, value) in values[row].enumerated() where value > 0 {
                if grouped {
                    out += bar(x: plotLeft, y: y + 4 + index * 11, width: scaled(value), height: 10, category: row, series: index, value: value)
                    out += "<text class=\"value\" x=\"\(plotLeft + scaled(value) + 4)\" y=\"\(y + 13 + index * 11)\">"
                        + "\(HTMLText.number(value))</text>"
                } else {
                    let width = scaled(value)
                    out += bar(x: x, y: y + (rowHeight - barHeight) / 2, width: width, height: barHeight, category: row, series: index, value: value)
                    x += width
                }
            }
            if !grouped {
                out += "<text class=\"value\" x=\"\(x + 4)\" y=\"\(y + rowHeight / 2 + 4)\">\(HTMLText.number(values[row].reduce(0, +)))</text>"
            }
            out += "\n"
        }
        return out + "</svg>\n"
    }

    // MARK: columns

    /// One column per category (months), its series stacked up it.
    private func columnsSVG() -> String {
        let plotLeft = 64, plotTop = series.count > 1 ? 36 : 14, plotHeight = 220
        let slot = max(16, min(72, 660 / max(1, categories.count)))
        let width = max(Self.width, plotLeft + slot * categories.count + 24)
        let rotate = categories.count * 7 * 7 > slot * categories.count
        let plotBottom = plotTop + plotHeight
        let height = plotBottom + (rotate ? 76 : 48)
        let ticks = Self.ticks(values.map { $0.reduce(0, +) }.max() ?? 0)
        let top = ticks.last ?? 1
        func scaled(_ value: Int) -> Int { value == 0 ? 0 : max(1, value * plotHeight / top) }
        var out = svgOpen(height: height, width: width) + legend(y: 16)
        for tick in ticks {
            let y = plotBottom - scaled(tick)
            out += "<line class=\"grid\" x1=\"\(plotLeft)\" y1=\"\(y)\" x2=\"\(plotLeft + slot * categories.count)\" y2=\"\(y)\"/>"
            out += "<text class=\"tick\" x=\"\(plotLeft - 6)\" y=\"\(y + 4)\" text-anchor=\"end\">\(HTMLText.number(tick))</text>\n"
        }
        out += "<line class=\"axis\" x1=\"\(plotLeft)\" y1=\"\(plotBottom)\" x2=\"\(plotLeft + slot * categories.count)\" y2=\"\(plotBottom)\"/>\n"
        out += "<text class=\"axis-label value-axis\" x=\"16\" y=\"\(plotTop + plotHeight / 2)\" text-anchor=\"middle\" "
            + "transform=\"rotate(-90 16 \(plotTop + plotHeight / 2))\">\(HTMLText.escape(valueAxis))</text>\n"
        out += "<text class=\"axis-label category-axis\" x=\"\(plotLeft + slot * categories.count / 2)\" y=\"\(height - 8)\" "
            + "text-anchor=\"middle\">\(HTMLText.escape(categoryAxis))</text>\n"
        let barWidth = max(6, slot * 7 / 10)
        for (column, category) in categories.enumerated() {
            let x = plotLeft + column * slot + (slot - barWidth) / 2
            var y = plotBottom
            for (index, value) in values[column].enumerated() where value > 0 {
                let height = scaled(value)
                y -= height
                out += bar(x: x, y: y, width: barWidth, height: height, category: column, series: index, value: value)
            }
            let labelX = plotLeft + column * slot + slot / 2
            if rotate {
                out += "<text class=\"category\" x=\"\(labelX)\" y=\"\(plotBottom + 14)\" text-anchor=\"end\" "
                    + "transform=\"rotate(-60 \(labelX) \(plotBottom + 14))\">\(HTMLText.escape(category))</text>\n"
            } else {
                out += "<text class=\"category\" x=\"\(labelX)\" y=\"\(plotBottom + 16)\" text-anchor=\"middle\">"
                    + "\(HTMLText.escape(category))</text>\n"
            }
        }
        return out + "</svg>\n"
    }

    // MARK: the text equivalent

    private func table() -> String {
        var out = "<details class=\"chart-data\"><summary>The numbers of this chart</summary>\n"
        out += "<table class=\"data sortable\" data-chart=\"\(id)\">\n<caption>\(HTMLText.escape(title))</caption>\n<thead><tr>"
        out += "<th scope=\"col\">\(HTMLText.escape(categoryAxis))</th>"
        for item in series { out += "<th scope=\"col\" class=\"num\">\(HTMLText.escape(item.name))</th>" }
        if series.count > 1 && kind != .groupedRows { out += "<th scope=\"col\" class=\"num\">total</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for (row, category) in categories.enumerated() {
            out += "<tr><th scope=\"row\">\(HTMLText.escape(category))</th>"
            for value in values[row] {
                out += "<td class=\"num\" data-value=\"\(value)\" data-sort=\"\(value)\">\(HTMLText.number(value))</td>"
            }
            if series.count > 1 && kind != .groupedRows {
                let sum = values[row].reduce(0, +)
                out += "<td class=\"num total\" data-sort=\"\(sum)\">\(HTMLText.number(sum))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</details>\n"
    }
}
