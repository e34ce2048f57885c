extension BatchCreateRequest {
    /// The most metadata pairs a batch takes, and the longest key and value.
    static let metadataLimits = (pairs: 16, keyLength: 64, valueLength: 512)

    /// Throws for what the API would refuse: an empty input file id, endpoint or window, or metadata over
    /// its limits.
    package func validate() throws(NeosantaraError) {
        guard !inputFileID.isEmpty else { throw .invalidParameter("input_file_id", "must not be empty") }
        guard !endpoint.rawValue.isEmpty else { throw .invalidParameter("endpoint", "must not be empty") }
        guard endpoint.rawValue.hasPrefix("/") else {
            throw .invalidParameter("endpoint", "must be a path such as `/v1/chat/completions`, got `\(endpoint)`")
        }
        guard !completionWindow.rawValue.isEmpty else {
            throw .invalidParameter("completion_window", "must not be empty")
        }
        guard let metadata else { return }
        let limits = Self.metadataLimits
        guard metadata.count <= limits.pairs else {
            throw .invalidParameter("metadata", "holds at most \(limits.pairs) pairs, got \(metadata.count)")
        }
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
            guard key.count <= limits.keyLength else {
                throw .invalidParameter(
                    "metadata", "keys are at most \(limits.keyLength) characters; `\(key)` has \(key.count)")
            }
            guard value.count <= limits.valueLength else {
                throw .invalidParameter(
                    "metadata",
                    "values are at most \(limits.valueLength) characters; the value of `\(key)` has \(value.count)")
            }
        }
    }
}
