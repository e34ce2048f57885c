extension NeosantaraError {
    /// An ``Kind/invalidRequest`` error about `parameter`, raised before anything is sent.
    static func invalidParameter(_ parameter: String, _ problem: String) -> NeosantaraError {
        NeosantaraError(kind: .invalidRequest, message: "`\(parameter)` \(problem)", parameter: parameter)
    }
}

/// Checks that an optional value lies in `range`, naming `parameter` when it does not.
func check<Value: Comparable>(_ value: Value?, in range: ClosedRange<Value>, _ parameter: String)
    throws(NeosantaraError)
{
    guard let value else { return }
    guard range.contains(value) else {
        throw .invalidParameter(parameter, "must be between \(range.lowerBound) and \(range.upperBound), not \(value)")
    }
}

/// Checks that an optional value is at least `minimum`, naming `parameter` when it is not.
func check<Value: Comparable>(_ value: Value?, atLeast minimum: Value, _ parameter: String) throws(NeosantaraError) {
    guard let value else { return }
    guard value >= minimum else {
        throw .invalidParameter(parameter, "must be at least \(minimum), not \(value)")
    }
}
