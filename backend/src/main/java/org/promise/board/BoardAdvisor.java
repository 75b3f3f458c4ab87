package org.promise.board;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Someone who attends the board to advise it, without being a member ("Interim Director, Children's Social Work"). */
@Entity
@Table(name = "board_advisor")
public class BoardAdvisor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    public Board board;

    public String name;

    public int position;
}
