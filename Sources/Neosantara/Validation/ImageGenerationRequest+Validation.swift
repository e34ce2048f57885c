extension ImageGenerationRequest {
    /// Checks what the API constrains, so that a bad request fails here rather than on the server; the test
    /// server runs the same checks. Ranges come from ``MediaParameterLimits``.
    package func validate() throws(NeosantaraError) {
        let limits = MediaParameterLimits.api
        guard model.hasContent else { throw .invalidParameter("model", "must not be empty") }
        try limits.imagePromptLength.checkLength(of: prompt)
        try limits.imageCount.check(n)
        if let size {
            _ = try Self.dimensions(of: size)
        }
        try limits.imageSteps.check(steps)
        try limits.imageStrength.check(strength)
    }

    /// The width and height a `size` such as `1024x768` names.
    ///
    /// - Throws: An ``NeosantaraError/Kind/invalidRequest`` error when `size` is not two positive whole numbers
    ///   joined by `x`.
    package static func dimensions(of size: String) throws(NeosantaraError) -> (width: Int, height: Int) {
        let sides = size.split(separator: "x", omittingEmptySubsequences: false)
        guard sides.count == 2, sides.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            let width = Int(sides[0]), let height = Int(sides[1]), width > 0, height > 0
        else {
            throw .invalidParameter("size", "must be WIDTHxHEIGHT in pixels, such as 1024x1024, not \"\(size)\"")
        }
        return (width, height)
    }
}

extension ParameterLimit<Int> {
    /// Checks that `text` has a number of characters within the limit.
    func checkLength(of text: String) throws(NeosantaraError) {
        let count = text.count
        guard !contains(count) else { return }
        let range = maximum.map { "\(minimum) to \($0)" } ?? "at least \(minimum)"
        throw .invalidParameter(parameter, "must be \(range) characters long, not \(count)")
    }
}

extension Character {
    /// Whether the character is one of `0` to `9`.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
