import Foundation
import Neosantara

/// The one line the tool prints for an SDK error: what happened and what to do, in command-line terms.
enum ErrorReport {
    static func line(for error: NeosantaraError) -> String {
        if error.kind == .missingAPIKey {
            return "no API key. Set NEOSANTARA_API_KEY or pass --api-key, or try the built-in server with --local"
        }
        guard let advice = commandLineAdvice(for: error.kind) else { return error.description }
        return error.description.replacingOccurrences(of: error.kind.advice, with: advice)
    }

    /// The SDK's advice for `kind` in terms of the tool's options, where they differ.
    private static func commandLineAdvice(for kind: NeosantaraError.Kind) -> String? {
        switch kind {
        case .authentication: "Check that NEOSANTARA_API_KEY (or --api-key) holds a valid key"
        case .timeout: "Retry, or raise --timeout"
        default: nil
        }
    }
}
