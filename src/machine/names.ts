/** The surname rule lives with the other name rules in the domain (person-name.ts). */
export { surnameOf } from '../domain/person-name.js';
