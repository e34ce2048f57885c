import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a run of the `neosantara` binary printed and how it ended.
struct CLIResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `neosantara` binary, as a user would, with a controlled environment.
enum CLIRunner {
    /// The binary SwiftPM built next to the test bundle.
    static let executable: URL? = {
        var directory = Bundle.main.bundleURL
        for _ in 0..<5 {
            let candidate = directory.appendingPathComponent("neosantara")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// Starts the binary (or `program`) with `arguments`; the environment holds only `PATH`, `HOME` and
    /// `environment`.
    static func start(
        _ arguments: [String],
        stdin: String? = nil,
        environment: [String: String] = [:],
        program: URL? = nil
    ) throws -> RunningCLI {
        let executable = try #require(program ?? executable, "the neosantara binary is not next to the test bundle")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var base = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
        ]
        base.merge(environment) { $1 }
        process.environment = base
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
        }
        try input.fileHandleForWriting.close()
        return RunningCLI(process: process, output: output, errors: errors)
    }

    /// Runs the binary (or `program`) to its end.
    static func run(
        _ arguments: [String],
        stdin: String? = nil,
        environment: [String: String] = [:],
        program: URL? = nil
    ) async throws -> CLIResult {
        try await start(arguments, stdin: stdin, environment: environment, program: program).result()
    }
}

/// A running `neosantara` process.
final class RunningCLI: @unchecked Sendable {
    let process: Process
    private let stdout: Task<Data, Never>
    private let stderr: Task<Data, Never>

    init(process: Process, output: Pipe, errors: Pipe) {
        self.process = process
        stdout = Self.readAll(output.fileHandleForReading)
        stderr = Self.readAll(errors.fileHandleForReading)
    }

    /// Sends SIGINT, as Ctrl-C does.
    func interrupt() {
        kill(process.processIdentifier, SIGINT)
    }

    /// Waits for the process to end and returns what it printed.
    func result() async throws -> CLIResult {
        let output = await stdout.value
        let errors = await stderr.value
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                self.process.waitUntilExit()
                continuation.resume()
            }
        }
        return CLIResult(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors, as: UTF8.self))
    }

    /// Reads `handle` to its end on a thread of its own, since the read blocks.
    private static func readAll(_ handle: FileHandle) -> Task<Data, Never> {
        Task {
            await withCheckedContinuation { continuation in
                Thread.detachNewThread {
                    continuation.resume(returning: handle.readDataToEndOfFile())
                }
            }
        }
    }
}

/// Runs `body` with a new, empty folder of its own, and removes the folder and what it holds afterwards.
func withTemporaryDirectory<Result>(_ body: (URL) async throws -> Result) async throws -> Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "neosantara-cli-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try await body(folder)
}
