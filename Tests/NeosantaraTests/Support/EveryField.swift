import Foundation

/// Reflection for the tests that set every field of a wire type and check that every encoder and decoder
/// agrees on it: which fields a value leaves unset, and where two values differ, as paths such as
/// `messages[0].toolCalls`.
///
/// Mirror sees the stored properties, so a property added to a type shows up here without the test
/// naming it.
enum EveryField {
    /// The names of the stored properties of `value`.
    static func properties(of value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap(\.label)
    }

    /// The paths inside `value` of every optional that is `nil` and every collection that is empty, except
    /// those in `exempt` and what lies under them.
    static func unset(in value: Any, exempting exempt: Set<String> = []) -> [String] {
        unset(in: value, at: "", exempting: exempt)
    }

    private static func unset(in value: Any, at path: String, exempting exempt: Set<String>) -> [String] {
        guard !exempt.contains(path) else { return [] }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return [path] }
            return unset(in: wrapped, at: path, exempting: exempt)
        case .collection, .dictionary, .set:
            guard !mirror.children.isEmpty else { return [path] }
            return mirror.children.enumerated().flatMap { index, element in
                unset(in: element.value, at: path + "[\(index)]", exempting: exempt)
            }
        default:
            return mirror.children.flatMap { child in
                unset(in: child.value, at: join(path, child.label), exempting: exempt)
            }
        }
    }

    /// The paths at which `actual` differs from `expected`: the deepest members that differ, or the value
    /// itself when its shape differs (another enum case, a dictionary with other keys).
    static func differences(_ actual: Any, _ expected: Any) -> [String] {
        differences(actual, expected, at: "")
    }

    private static func differences(_ actual: Any, _ expected: Any, at path: String) -> [String] {
        if let actual = actual as? AnyHashable, let expected = expected as? AnyHashable, actual == expected {
            return []
        }
        let actualMirror = Mirror(reflecting: unwrapped(actual))
        let expectedMirror = Mirror(reflecting: unwrapped(expected))
        let actualChildren = Array(actualMirror.children)
        let expectedChildren = Array(expectedMirror.children)
        guard actualMirror.displayStyle != .dictionary, !expectedChildren.isEmpty,
            actualChildren.map(\.label) == expectedChildren.map(\.label)
        else { return [path.isEmpty ? "the value" : path] }
        let found = zip(actualChildren, expectedChildren).enumerated().flatMap { index, pair in
            let step = actualMirror.displayStyle == .collection ? path + "[\(index)]" : join(path, pair.0.label)
            return differences(pair.0.value, pair.1.value, at: step)
        }
        return found.isEmpty ? [path.isEmpty ? "the value" : path] : found
    }

    /// The value an optional holds, or `value` itself when it is not an optional or is `nil`.
    private static func unwrapped(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value else { return value }
        return unwrapped(wrapped)
    }

    private static func join(_ path: String, _ label: String?) -> String {
        guard let label else { return path }
        return path.isEmpty ? label : path + "." + label
    }
}
