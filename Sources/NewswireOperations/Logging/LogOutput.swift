#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Where finished log lines go. Implementations must write each line atomically with respect to other lines.
public protocol LogOutput: Sendable {
    /// Writes one complete line (without its terminating newline).
    func write(line: String)
}

/// Writes log lines to the process' standard error, one `write(2)` per line so concurrent lines never interleave.
public struct StandardErrorLogOutput: LogOutput {
    /// Creates the output.
    public init() {}

    public func write(line: String) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(2, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

/// Keeps log lines in memory, for tests and for commands that show their log at the end.
public final class CapturingLogOutput: LogOutput {
    private let storage = Mutex<[String]>([])

    /// Creates an empty capture.
    public init() {}

    public func write(line: String) {
        storage.withLock { $0.append(line) }
    }

    /// The lines written so far.
    public var lines: [String] { storage.withLock { $0 } }
}

/// `write(2)` from the platform's C library.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, bytes, count)
    #elseif canImport(Musl)
    return Musl.write(descriptor, bytes, count)
    #else
    return Darwin.write(descriptor, bytes, count)
    #endif
}
