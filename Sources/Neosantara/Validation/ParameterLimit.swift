/// The values the API accepts for one number in a request: at least ``minimum``, and at most ``maximum``
/// when there is one.
package struct ParameterLimit<Value: Comparable & Sendable>: Sendable {
    /// The field's wire name, dotted for a nested field (`reasoning.max_tokens`); an error about the field
    /// names it.
    package let parameter: String
    /// The least value accepted.
    package let minimum: Value
    /// The greatest value accepted, or `nil` when the API sets none.
    package let maximum: Value?

    /// A limit of `range` on the field at the end of `path`.
    init(_ path: any CodingKey..., range: ClosedRange<Value>) {
        self.parameter = path.map(\.stringValue).joined(separator: ".")
        self.minimum = range.lowerBound
        self.maximum = range.upperBound
    }

    /// A limit of at least `minimum` on the field at the end of `path`.
    init(_ path: any CodingKey..., atLeast minimum: Value) {
        self.parameter = path.map(\.stringValue).joined(separator: ".")
        self.minimum = minimum
        self.maximum = nil
    }

    /// Whether the API accepts `value`; a value that is not ordered (NaN) it never accepts.
    package func contains(_ value: Value) -> Bool {
        guard value >= minimum else { return false }
        guard let maximum else { return true }
        return value <= maximum
    }

    /// Checks a value when it is set.
    ///
    /// - Parameters:
    ///   - value: The value, or `nil` when the request leaves the field out.
    ///   - parameter: The name to report, when it is not ``parameter``: `logit_bias[50256]` for one entry
    ///     of a map.
    /// - Throws: An ``NeosantaraError/Kind/invalidRequest`` error naming the parameter, with a message that
    ///   gives the range and the value.
    package func check(_ value: Value?, as parameter: String? = nil) throws(NeosantaraError) {
        guard let value, !contains(value) else { return }
        let problem =
            if let maximum {
                "must be between \(minimum) and \(maximum), not \(value)"
            } else {
                "must be at least \(minimum), not \(value)"
            }
        throw .invalidParameter(parameter ?? self.parameter, problem)
    }
}
