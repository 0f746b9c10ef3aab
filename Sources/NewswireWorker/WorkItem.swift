/// A message handed to a pipeline lane, with the ticket that identifies it to the offset tracker.
public struct DispatchedMessage: Sendable {
    /// The tracker's ticket for this message.
    public var ticket: DispatchTicket
    /// The message as read.
    public var message: InboundMessage

    /// Creates a dispatched message.
    public init(ticket: DispatchTicket, message: InboundMessage) {
        self.ticket = ticket
        self.message = message
    }
}

/// A message on its way through the pipeline stages: the payload produced so far, or the failure that will
/// send it to the dead-letter topic. Later stages pass failures through untouched.
public struct WorkItem<Payload: Sendable>: Sendable {
    /// The tracker's ticket for the input message.
    public var ticket: DispatchTicket
    /// The input message, kept for lineage, headers and dead letters.
    public var message: InboundMessage
    /// The result so far.
    public var result: Result<Payload, ProcessingFailure>

    /// Creates a work item.
    public init(ticket: DispatchTicket, message: InboundMessage, result: Result<Payload, ProcessingFailure>) {
        self.ticket = ticket
        self.message = message
        self.result = result
    }

    /// The same item with its payload transformed, failures passed through.
    func map<T: Sendable>(_ transform: (Payload) throws(ProcessingFailure) -> T) -> WorkItem<T> {
        let next: Result<T, ProcessingFailure>
        switch result {
        case .success(let payload):
            do throws(ProcessingFailure) { next = .success(try transform(payload)) } catch { next = .failure(error) }
        case .failure(let failure):
            next = .failure(failure)
        }
        return WorkItem<T>(ticket: ticket, message: message, result: next)
    }
}
