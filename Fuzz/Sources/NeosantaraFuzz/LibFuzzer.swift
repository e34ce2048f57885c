/// libFuzzer's entry point for a program with a `main` of its own: parses libFuzzer's flags from `argv` and
/// fuzzes `callback` (compiler-rt's `FuzzerInterface.h`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The callback libFuzzer's own `main` names. `-sanitize=fuzzer` links that `main` in too, and it refers to this
/// symbol; the program's `main` (SwiftPM's renamed entry point) is the one that runs, and drives the selected target
/// through ``LLVMFuzzerRunDriver(_:_:_:)`` instead.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.selected?.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
