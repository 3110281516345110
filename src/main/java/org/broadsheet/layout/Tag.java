package org.broadsheet.layout;

/**
 * What an item means, for the archive edition's structure tree: which story and block it belongs
 * to and its role. Furniture (masthead, running heads, rules, 转版 notes' labels) is an artifact.
 *
 * @param role the role
 * @param storyId the story, or null for furniture
 * @param block index of the block (paragraph, verse, headline line) inside the story, so that
 *     lines of one paragraph form one structure element
 */
public record Tag(Role role, String storyId, int block) {
  /** The roles items play; {@link #structureType()} maps them to PDF structure types. */
  public enum Role {
    TITLE("H"),
    KICKER("P"),
    SUBTITLE("P"),
    BYLINE("P"),
    PARAGRAPH("P"),
    VERSE("P"),
    CAPTION("Caption"),
    FIGURE("Figure"),
    CREDIT("P"),
    JUMP("P"),
    FURNITURE(null),
    /**
     * The archive edition's marks for headlines an editor supplied (the source lost the
     * original): a sign after the title and a note once per page explaining it. Artifacts, drawn
     * only in the archive edition; the supplied headlines are also listed in its metadata.
     */
    SUPPLIED_NOTE(null);

    private final String structureType;

    Role(String structureType) {
      this.structureType = structureType;
    }

    /** The PDF structure type, or null for an artifact. */
    public String structureType() {
      return structureType;
    }
  }

  public static final Tag FURNITURE = new Tag(Role.FURNITURE, null, 0);
  /** The block of a 下转 line: the story continues on a later page. */
  public static final int JUMP_OUT = -1;
  /** The block of a 上接 line: the story continues from an earlier page. */
  public static final int JUMP_IN = -2;

  public boolean isJumpIn() {
    return role == Role.JUMP && block == JUMP_IN;
  }

  public boolean isJumpOut() {
    return role == Role.JUMP && block == JUMP_OUT;
  }

  public boolean isArtifact() {
    return role.structureType() == null;
  }

  /** Whether the print edition draws the item (it reproduces the paper, without archive notes). */
  public boolean inPrint() {
    return role != Role.SUPPLIED_NOTE;
  }
}
