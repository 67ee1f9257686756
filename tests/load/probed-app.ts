/**
 * `npm start`'s app with the load probe in its process: the probe first (it must be listening
 * before the app's start-up, which is long), then app/main.ts exactly as `npm start` runs it.
 */
import './server-probe.ts';
import '../../app/main.ts';
