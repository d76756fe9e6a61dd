/** How the model scanner names archive members in results and messages. */

/** A nested member: its parent's name and its own, joined with "!/" ('' is the file itself). */
export const joinMember = (parent: string, name: string): string => (parent ? `${parent}!/${name}` : name)

/** A file or one of its members, as messages name it. */
export const where = (file: string, member: string): string => (member ? `${file} (member ${member})` : file)
