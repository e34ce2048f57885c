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
        var base = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
        ]
        base.merge(environment) { $1 }
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        let pid = try spawn(
            executable.path, arguments: arguments, environment: base,
            standardIO: [input.fileHandleForReading, output.fileHandleForWriting, errors.fileHandleForWriting])
        // The child holds its own copies; closing ours lets the readers see the end of its output.
        try input.fileHandleForReading.close()
        try output.fileHandleForWriting.close()
        try errors.fileHandleForWriting.close()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
        }
        try input.fileHandleForWriting.close()
        return RunningCLI(pid: pid, output: output, errors: errors)
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np`, which Swift's Glibc module does not export.
    private static let closeFrom:
        (
            @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        )? = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map {
            unsafeBitCast(
                $0, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
        }

    /// Starts `path` with `posix_spawn`, `standardIO` as its standard input, output and error and no other
    /// descriptor of this process open.
    ///
    /// Foundation's `Process.run()` crashes now and then on Linux in a process with many descriptors open (it
    /// over-reads its listing of `/proc/self/fd`), as the test process is, full of sockets.
    private static func spawn(
        _ path: String, arguments: [String], environment: [String: String], standardIO: [FileHandle]
    ) throws -> pid_t {
        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, handle) in standardIO.enumerated() {
            posix_spawn_file_actions_adddup2(&actions, handle.fileDescriptor, Int32(target))
        }
        _ = closeFrom?(&actions, 3)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard status == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: path, "errno": status])
        }
        return pid
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
final class RunningCLI: Sendable {
    private let pid: pid_t
    private let stdout: Task<Data, Never>
    private let stderr: Task<Data, Never>

    init(pid: pid_t, output: Pipe, errors: Pipe) {
        self.pid = pid
        stdout = Self.readAll(output.fileHandleForReading)
        stderr = Self.readAll(errors.fileHandleForReading)
    }

    /// Sends SIGINT, as Ctrl-C does.
    func interrupt() {
        kill(pid, SIGINT)
    }

    /// Waits for the process to end and returns what it printed.
    func result() async throws -> CLIResult {
        let output = await stdout.value
        let errors = await stderr.value
        let pid = pid
        let status = await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            Thread.detachNewThread {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1, errno == EINTR {}
                continuation.resume(returning: status)
            }
        }
        // As `Process.terminationStatus` gives it: the exit code, or the signal that ended the process.
        let exited = status & 0x7f == 0
        return CLIResult(
            status: exited ? (status >> 8) & 0xff : status & 0x7f, stdout: String(decoding: output, as: UTF8.self),
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
