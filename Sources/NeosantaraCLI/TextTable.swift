import Foundation

/// A plain-text table with aligned columns, its header in bold on a terminal.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        var text = Terminal.bold(line(header)) + "\n"
        for row in rows {
            text += line(row) + "\n"
        }
        return text
    }

    /// A time in seconds since 1970 as a cell: ISO 8601, to the second, in UTC.
    static func date(_ seconds: Int) -> String {
        Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(.iso8601)
    }
}
