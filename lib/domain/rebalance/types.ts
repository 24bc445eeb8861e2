/**
 * Shapes shared by the client-to-seat optimizers: an assignment instance (seats with integer
 * capacities, clients with scored candidate seats) and the result every optimizer returns.
 */

/** A seat (an AI agent or a human team member) and how many more clients it can take. */
export interface AssignmentAgent {
  id: string;
  /** A non-negative integer. */
  capacity: number;
}

/** One seat a client may go to, and how good that pairing is (higher is better, typically 0..1). */
export interface AssignmentCandidate {
  agent: string;
  score: number;
}

export interface AssignmentClient {
  id: string;
  candidates: AssignmentCandidate[];
}

export interface AssignmentInstance {
  agents: AssignmentAgent[];
  clients: AssignmentClient[];
}

export interface ClientAssignment {
  client: string;
  agent: string;
}

export interface AssignmentResult {
  /** Sum of the original scores of the chosen (client, agent) pairs. */
  objective: number;
  /** How many clients received a seat. */
  assigned: number;
  /** One entry per assigned client, in client input order. */
  assignments: ClientAssignment[];
}

/**
 * An instance turned into dense integer indices: seats 0..seatCount-1, clients 0..clientCount-1,
 * and the candidate edges of client c at positions edgeStart[c] .. edgeStart[c + 1] - 1.
 */
export interface CompiledInstance {
  clientCount: number;
  seatCount: number;
  /** Per seat; never more than the number of clients that list the seat. */
  capacity: Int32Array;
  edgeStart: Int32Array;
  edgeSeat: Int32Array;
  edgeScore: Float64Array;
}
