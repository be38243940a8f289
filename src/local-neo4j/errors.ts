/** Base class: `message` is one line; `detail` (optional) holds supporting output such as log tails. */
export class LocalNeo4jError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** No usable java (missing, or older than 17). */
export class JavaNotFoundError extends LocalNeo4jError {}

/** mvn is missing or failed to resolve the jars; `detail` holds its last output lines. */
export class MavenError extends LocalNeo4jError {}

/** The bolt port is held by a process that is not this instance's server. */
export class PortInUseError extends LocalNeo4jError {}

/** The server exited during start-up or did not answer in time; `detail` holds log tails. */
export class StartupError extends LocalNeo4jError {}
