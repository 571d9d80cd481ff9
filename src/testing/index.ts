export * from './arbitraries/election.js';
export * from './arbitraries/committee.js';
