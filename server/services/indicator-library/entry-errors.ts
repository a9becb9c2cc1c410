/** Refusals of the library use cases, with stable codes and Chinese messages. */
import { ServiceError } from '../service-error.ts';

export function createEntryNotFoundError(): ServiceError {
  return new ServiceError({ code: 'library-entry-not-found', message: '找不到该指标库条目。', httpStatus: 404 });
}

export function createInvalidLevelError(message: string): ServiceError {
  return new ServiceError({ code: 'invalid-level', message, httpStatus: 400 });
}

export function createEntryStateError(message: string): ServiceError {
  return new ServiceError({ code: 'library-entry-state', message, httpStatus: 409 });
}
