import PropertyBased
import Testing

/// Runs `body` for `count` values of `input` as `propertyCheck` does, yielding the thread after each value.
///
/// A check runs hundreds of values without suspending; yielding between them leaves the cooperative
/// threads (two on a 2-core machine) to the timing-sensitive tests running beside it, which would
/// otherwise wait seconds for a thread.
func checkProperty<Value, Input>(
    count: Int,
    input: Generator<Value, some Sequence<Input>>,
    perform body: (Value) async throws -> Void,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    await propertyCheck(
        count: count, input: input,
        perform: { value in
            try await body(value)
            await Task.yield()
        }, sourceLocation: sourceLocation)
}
