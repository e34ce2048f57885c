import Foundation
import Neosantara

/// The one line the tool prints for an SDK error: what happened and what to do, in command-line terms.
enum ErrorReport {
    static func line(for error: NeosantaraError) -> String {
        switch error.kind {
        case .missingAPIKey:
            "no API key. Set NEOSANTARA_API_KEY or pass --api-key, or try the built-in server with --local"
        case .authentication:
            error.description.replacingOccurrences(of: "(or the apiKey you pass)", with: "(or --api-key)")
        case .timeout:
            error.description.replacingOccurrences(
                of: "raise the timeout in the configuration or request options", with: "raise --timeout")
        default:
            error.description
        }
    }
}
