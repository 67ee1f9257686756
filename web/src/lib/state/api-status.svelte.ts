import { ApiUnavailableError } from '../api/client';

/** Whether the API answered lately; views report outages here and the shell shows the banner. */
class ApiStatus {
  down = $state(false);
  /** Bumped by the banner's retry button: views reload when it changes. */
  attempt = $state(0);

  /** Records the outcome of a request: an unreachable API raises the banner. */
  report(error: unknown) {
    if (error instanceof ApiUnavailableError) this.down = true;
  }

  ok() {
    this.down = false;
  }

  retry() {
    this.down = false;
    this.attempt += 1;
  }
}

export const apiStatus = new ApiStatus();
