package org.promise.board;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "board_member")
public class BoardMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    public Board board;

    public String name;

    @Convert(converter = BoardMemberRole.Converter.class)
    public BoardMemberRole role;

    public boolean voting;

    public String description;

    @Column(name = "term_from")
    public LocalDate termFrom;

    @Column(name = "term_to")
    public LocalDate termTo;

    public int position;
}
