import Foundation

// Usage: NeosantaraFuzz TARGET [libFuzzer flags and corpus folders]
// The first argument picks the target; the rest go to libFuzzer unchanged.
let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget.named(arguments[1]) else {
    let names = FuzzTarget.all.map(\.name).joined(separator: " ")
    FileHandle.standardError.write(Data("usage: NeosantaraFuzz TARGET [libFuzzer options]\ntargets: \(names)\n".utf8))
    exit(2)
}
FuzzTarget.selected = target

var driverArguments = [arguments[0]] + arguments.dropFirst(2)
var cArguments: [UnsafeMutablePointer<CChar>?] = driverArguments.map { strdup($0) } + [nil]
var argumentCount = Int32(driverArguments.count)
let status = cArguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argumentCount, &argv) { data, size in
        FuzzTarget.selected?.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
}
exit(status)
